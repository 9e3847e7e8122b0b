package vn.kcnatlas.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

import vn.kcnatlas.change.DuplicateRecordException;
import vn.kcnatlas.change.InvalidChangeException;
import vn.kcnatlas.change.UnknownRecordException;

/**
 * Turns every failure of an API request into an RFC 9457 problem document: a status, a title, a detail
 * that says what is wrong and where, and never a stack trace. The OGC services answer in their own
 * exception formats through handlers of their own.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApi(ApiException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        e.details().forEach(problem::setProperty);
        return respond(problem, request);
    }

    @ExceptionHandler(InvalidChangeException.class)
    ResponseEntity<Object> handleInvalid(InvalidChangeException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Invalid change");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> ProblemMembers.of(p.code(), p.message(), p.pointer(), p.at())).toList());
        return respond(problem, request);
    }

    @ExceptionHandler(UnknownRecordException.class)
    ResponseEntity<Object> handleUnknown(UnknownRecordException e, HttpServletRequest request) {
        return handleApi(ApiException.notFound(e.what(), e.id()), request);
    }

    @ExceptionHandler(DuplicateRecordException.class)
    ResponseEntity<Object> handleDuplicate(DuplicateRecordException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Already exists");
        return respond(problem, request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Store refused a write on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The store refused the change because it breaks a rule of the data model: "
                        + firstLine(e.getMostSpecificCause().getMessage()));
        problem.setTitle("Conflicting data");
        return respond(problem, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("Client left before the answer to {} was sent", request.getRequestURI());
            return null;
        }
        if (StoreOutage.causedBy(e)) {
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            return StoreOutage.answer().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(StoreOutage.problem(request.getMethod(), instance(request)));
        }
        Optional<MalformedRequests.Refusal> malformed = MalformedRequests.describe(e);
        if (malformed.isPresent()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(malformed.get().status(), malformed.get().detail());
            problem.setTitle("Malformed request");
            return respond(problem, request);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure on {} {} (incident {})", request.getMethod(), request.getRequestURI(), incident, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to handle this request. The failure is logged as incident " + incident + ".");
        problem.setTitle("Internal error");
        problem.setProperty("incident", incident);
        return respond(problem, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is nothing at /"
                + e.getResourcePath() + ". The API is under /api (zones, lots, districts, targets, stats), the map"
                + " services at /wms, /tiles and /ogc, and the web map at /.");
        problem.setTitle("Not found");
        return handleExceptionInternal(e, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
                problem.setInstance(instance(servlet.getRequest()));
            }
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return response;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(instance(request));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static URI instance(HttpServletRequest request) {
        return Problems.instance(request.getRequestURI());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
