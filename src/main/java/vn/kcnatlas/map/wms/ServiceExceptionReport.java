package vn.kcnatlas.map.wms;

/** The WMS 1.3.0 exception document: {@code <ServiceExceptionReport>} in the OGC namespace. */
final class ServiceExceptionReport {

    static final String NAMESPACE = "http://www.opengis.net/ogc";
    private static final String SCHEMA = "http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd";

    private ServiceExceptionReport() {
    }

    /**
     * @param locator the parameter at fault, or null
     */
    static byte[] of(ExceptionCode code, String locator, String message) {
        XmlWriter xml = new XmlWriter("ServiceExceptionReport", NAMESPACE, SCHEMA).attribute("version", "1.3.0");
        xml.start("ServiceException").attribute("code", code.name());
        if (locator != null) {
            xml.attribute("locator", locator);
        }
        return xml.text(message).end().finish();
    }
}
