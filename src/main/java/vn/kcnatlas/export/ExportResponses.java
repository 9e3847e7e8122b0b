package vn.kcnatlas.export;

import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.kcnatlas.text.Coded;
import vn.kcnatlas.web.ApiException;

/** What every export shares: how its parameters are read and how its file is named and sent. */
final class ExportResponses {

    private ExportResponses() {
    }

    /** A file to download, named {@code kcn-atlas-WHAT-YYYY-MM-DD.EXT}, e.g. kcn-atlas-occupancy-district-2026-12-07.csv. */
    static ResponseEntity<byte[]> file(String what, LocalDate asOf, String extension, MediaType type, byte[] body) {
        String name = "kcn-atlas-" + what + "-" + asOf + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    /**
     * A parameter that names one of a coded set, or {@code absent} when it is not given; anything else is a
     * 400 naming the parameter and what it may be.
     */
    static <E extends Enum<E> & Coded> E choice(String parameter, String value, Class<E> type, E absent) {
        if (value == null) {
            return absent;
        }
        return Coded.find(type, value).orElseThrow(() -> ApiException.badParameter(parameter,
                parameter + " '" + value + "' is not one of " + Coded.allowed(type)));
    }
}
