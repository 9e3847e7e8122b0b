package vn.kcnatlas.map.wms;

/**
 * A WMS request refused, answered as a ServiceExceptionReport.
 *
 * @see WmsController
 */
class WmsException extends RuntimeException {

    private final ExceptionCode code;
    private final String locator;

    /**
     * @param locator the request parameter at fault, such as {@code BBOX}; null when none is
     */
    WmsException(ExceptionCode code, String locator, String message) {
        super(message);
        this.code = code;
        this.locator = locator;
    }

    static WmsException missing(String parameter) {
        return new WmsException(ExceptionCode.MissingParameterValue, parameter,
                "The parameter " + parameter + " is missing or empty");
    }

    static WmsException invalid(String parameter, String message) {
        return new WmsException(ExceptionCode.InvalidParameterValue, parameter, message);
    }

    ExceptionCode code() {
        return code;
    }

    String locator() {
        return locator;
    }
}
