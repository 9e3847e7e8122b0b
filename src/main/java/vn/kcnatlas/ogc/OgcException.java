package vn.kcnatlas.ogc;

import org.springframework.http.HttpStatus;

/**
 * A request OGC API Features refuses. The controller answers it as the OGC exception document,
 * {@code {"code": …, "description": …}}, with the status.
 */
class OgcException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    OgcException(HttpStatus status, String code, String description) {
        super(description);
        this.status = status;
        this.code = code;
    }

    static OgcException invalidParameter(String parameter, String problem) {
        return new OgcException(HttpStatus.BAD_REQUEST, "InvalidParameterValue", parameter + ": " + problem);
    }

    static OgcException notFound(String description) {
        return new OgcException(HttpStatus.NOT_FOUND, "NotFound", description);
    }

    static OgcException notAcceptable(String description) {
        return new OgcException(HttpStatus.NOT_ACCEPTABLE, "NotAcceptable", description);
    }

    HttpStatus status() {
        return status;
    }

    /** The exception document. */
    Error body() {
        return new Error(code, getMessage());
    }

    /** The OGC API exception schema: a code and a description for people. */
    record Error(String code, String description) {
    }
}
