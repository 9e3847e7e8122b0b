package vn.kcnatlas.map.wms;

import java.util.Arrays;
import java.util.Locale;

/** The formats GetFeatureInfo answers in (INFO_FORMAT). */
enum InfoFormat {
    JSON("application/json"),
    HTML("text/html"),
    TEXT("text/plain");

    private final String mediaType;

    InfoFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** INFO_FORMAT; plain text when absent, as GeoServer and MapServer default to. */
    static InfoFormat parse(WmsParameters params) {
        String requested = params.get("INFO_FORMAT").orElse(TEXT.mediaType);
        String wanted = requested.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(wanted)).findFirst().orElseThrow(
                () -> new WmsException(ExceptionCode.InvalidFormat, "INFO_FORMAT", "Feature info comes as "
                        + "application/json, text/html or text/plain, not '" + requested + "'"));
    }
}
