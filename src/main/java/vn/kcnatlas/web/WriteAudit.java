package vn.kcnatlas.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * One line per write that succeeded, in the audit log beside the logins: what was written, at which
 * version, by whom and from which address. Bodies are never logged; the history holds what changed.
 */
public final class WriteAudit {

    private static final Logger log = LoggerFactory.getLogger("vn.kcnatlas.audit");

    private WriteAudit() {
    }

    /**
     * @param record what was written: "zone kcn-tan-kieu", "lot kcn-tan-kieu/A1"
     * @param version the version written, or 0 for a delete
     */
    public static void written(NativeWebRequest request, String record, int version) {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        log.info("write {} {} {} version={} by={} address={}", http.getMethod(), record,
                version == 0 ? "deleted" : "written", version, WritePreconditions.actor(http.getUserPrincipal()),
                http.getRemoteAddr());
    }
}
