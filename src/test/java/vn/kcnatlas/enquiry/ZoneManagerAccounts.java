package vn.kcnatlas.enquiry;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;

/** Zone managers for tests, made and tied to their zone by the admin through the users API, as a real admin would. */
final class ZoneManagerAccounts {

    static final String TAN_KIEU_MANAGER = "tk.manager";
    static final String SA_DEC_MANAGER = "sd.manager";
    static final String PASSWORD = "a-long-passphrase";

    private ZoneManagerAccounts() {
    }

    /** Makes the two managers, of Tân Kiều and of Sa Đéc A1, unless an earlier test did. */
    static void ensure(Http http) {
        ensure(http, TAN_KIEU_MANAGER, "kcn-tan-kieu");
        ensure(http, SA_DEC_MANAGER, "kcn-sa-dec-a1");
    }

    static void ensure(Http http, String username, String zone) {
        if (http.get("/api/users/" + username, Accounts.admin()).status() == 404) {
            check(send(http, "POST", "/api/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                    + "\",\"roles\":[\"ZONE_MANAGER\"]}"), 201, username);
        }
        check(send(http, "PUT", "/api/users/" + username + "/zones", "{\"zones\":[\"" + zone + "\"]}"), 200,
                username);
    }

    static Http.Response send(Http http, String method, String path, String body) {
        Map<String, String> headers = new HashMap<>(Accounts.admin());
        headers.put("Content-Type", "application/json");
        return http.send(method, path, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> signIn(String username) {
        return Http.basic(username, PASSWORD);
    }

    private static void check(Http.Response answer, int expected, String username) {
        if (answer.status() != expected) {
            throw new IllegalStateException("could not make the zone manager " + username + ": " + answer.status()
                    + " " + answer.text());
        }
    }
}
