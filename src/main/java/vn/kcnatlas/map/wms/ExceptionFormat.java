package vn.kcnatlas.map.wms;

import java.util.Locale;

/**
 * How GetMap reports an error (EXCEPTIONS): as an XML report, drawn into the image, or as a blank image.
 * The WMS 1.1 names (application/vnd.ogc.se_inimage …) are understood too, since many clients still send
 * them with VERSION=1.3.0; an unknown value falls back to XML.
 */
enum ExceptionFormat {
    XML, INIMAGE, BLANK;

    static ExceptionFormat parse(WmsParameters params) {
        String value = params.get("EXCEPTIONS").orElse("XML").toUpperCase(Locale.ROOT);
        if (value.endsWith("INIMAGE")) {
            return INIMAGE;
        }
        return value.endsWith("BLANK") ? BLANK : XML;
    }
}
