package vn.kcnatlas.map.wms;

import org.springframework.http.HttpStatus;

/**
 * The exception codes of WMS 1.3.0 (Annex E of the standard) that this server raises, spelt exactly as
 * they go on the wire.
 */
enum ExceptionCode {
    InvalidFormat,
    InvalidCRS,
    LayerNotDefined,
    StyleNotDefined,
    LayerNotQueryable,
    InvalidPoint,
    InvalidDimensionValue,
    MissingParameterValue,
    InvalidParameterValue,
    OperationNotSupported,
    NoApplicableCode;

    /**
     * Every code but the last blames the request. OWSLib 0.27 turns any 400 into a ServiceException
     * carrying the report, whereas with 200 it notices the report only when the Content-Type is exactly
     * text/xml, and not at all in GetFeatureInfo; GDAL 3.6 fails the read either way.
     */
    HttpStatus status() {
        return this == NoApplicableCode ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
    }
}
