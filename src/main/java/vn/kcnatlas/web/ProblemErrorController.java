package vn.kcnatlas.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page every failure outside the application's own handlers ends on (a static resource's
 * bad Range, a filter's refusal): a problem document like the rest, instead of Spring Boot's own JSON.
 * Asked for directly, /error is simply not there.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        URI instance = Problems.instance(path instanceof String uri ? uri : "/error");
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && StoreOutage.causedBy(failure)) {
            return outage(request, instance);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, code == null
                ? "There is nothing at /error."
                : detail(status, request.getAttribute(RequestDispatcher.ERROR_MESSAGE)));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(instance);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * A filter ahead of Spring MVC found the database out of reach (a session kept in the database would be
     * read there): 503 like every other answer of an outage, not an error page's 500.
     */
    private static ResponseEntity<ProblemDetail> outage(HttpServletRequest request, URI instance) {
        Object method = request.getAttribute(RequestDispatcher.ERROR_METHOD);
        return StoreOutage.answer().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(StoreOutage.problem(method instanceof String name ? name : request.getMethod(), instance));
    }

    private static String detail(HttpStatus status, Object message) {
        String said = message instanceof String text && !text.isBlank() ? text : null;
        if (status.is5xxServerError()) {
            return "The server failed to handle this request.";
        }
        return said != null ? said : "The request was refused: " + status.getReasonPhrase() + ".";
    }
}
