package vn.kcnatlas.map.wms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.DisconnectedClientHelper;

import vn.kcnatlas.map.render.RenderBusyException;
import vn.kcnatlas.web.MalformedRequests;
import vn.kcnatlas.web.StoreOutage;

/**
 * WMS 1.3.0 at {@code /wms}: one endpoint that dispatches on REQUEST to one class per operation, the way
 * GeoServer's dispatcher does. Parameter names are matched in any case. Every failure, expected or
 * not, is answered as a ServiceExceptionReport, never as a stack trace.
 */
@RestController
class WmsController {

    private static final Logger log = LoggerFactory.getLogger(WmsController.class);
    private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final Map<String, WmsOperation> operations;

    WmsController(List<WmsOperation> operations) {
        this.operations = operations.stream()
                .collect(Collectors.toMap(op -> op.name().toLowerCase(Locale.ROOT), Function.identity()));
    }

    /** Key-value requests, in the query string or (not advertised, but harmless) a form body. */
    @RequestMapping(path = "/wms", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<byte[]> handle(WebRequest request) {
        WmsParameters params = WmsParameters.of(request.getParameterMap());
        params.get("SERVICE").filter(s -> !s.equalsIgnoreCase("WMS")).ifPresent(s -> {
            throw WmsException.invalid("SERVICE", "This is a WMS: SERVICE must be WMS, not '" + s + "'");
        });
        String name = params.required("REQUEST");
        WmsOperation operation = operations.get(name.toLowerCase(Locale.ROOT));
        if (operation == null) {
            throw new WmsException(ExceptionCode.OperationNotSupported, "REQUEST", "There is no operation '" + name
                    + "'; the operations are GetCapabilities, GetMap, GetFeatureInfo and GetLegendGraphic");
        }
        return operation.handle(params, request);
    }

    @ExceptionHandler(WmsException.class)
    ResponseEntity<byte[]> refused(WmsException e) {
        return report(e.code(), e.locator(), e.getMessage());
    }

    @ExceptionHandler(RenderBusyException.class)
    ResponseEntity<byte[]> busy(RenderBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(XML)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .body(ServiceExceptionReport.of(ExceptionCode.NoApplicableCode, null, e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> failed(Exception e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("Client left before the answer to {} was sent", request.getRequestURI());
            return null;
        }
        if (StoreOutage.causedBy(e)) {
            log.warn("Database unavailable for {}: {}", request.getRequestURI(), e.getMessage());
            return StoreOutage.answer().contentType(XML).body(ServiceExceptionReport.of(ExceptionCode.NoApplicableCode,
                    null, StoreOutage.detail(request.getMethod())));
        }
        Optional<MalformedRequests.Refusal> malformed = MalformedRequests.describe(e);
        if (malformed.isPresent()) {
            return ResponseEntity.status(malformed.get().status()).contentType(XML).body(ServiceExceptionReport.of(
                    ExceptionCode.InvalidParameterValue, null, malformed.get().detail()));
        }
        String incident = UUID.randomUUID().toString();
        log.error("WMS request failed: {}?{} (incident {})", request.getRequestURI(), request.getQueryString(),
                incident, e);
        return report(ExceptionCode.NoApplicableCode, null,
                "The server failed to answer this request. The failure is logged as incident " + incident + ".");
    }

    private static ResponseEntity<byte[]> report(ExceptionCode code, String locator, String message) {
        return ResponseEntity.status(code.status()).contentType(XML)
                .body(ServiceExceptionReport.of(code, locator, message));
    }
}
