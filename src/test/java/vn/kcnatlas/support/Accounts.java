package vn.kcnatlas.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Accounts for tests of the write API: the first admin comes from the properties KCN_ADMIN_USER and
 * KCN_ADMIN_PASSWORD set ({@link #ADMIN_USER_PROPERTY}, {@link #ADMIN_PASSWORD_PROPERTY}); the others are
 * made by that admin through the users API, as a real admin would.
 */
public final class Accounts {

    public static final String ADMIN = "write-admin";
    public static final String ADMIN_USER_PROPERTY = "kcn.security.admin.username=" + ADMIN;
    public static final String ADMIN_PASSWORD_PROPERTY = "kcn.security.admin.password=write-admin-secret";
    public static final String PLANNER = "lan.planner";
    public static final String OFFICIAL = "minh.official";
    private static final String ADMIN_PASSWORD = "write-admin-secret";
    private static final String PASSWORD = "a-long-passphrase";

    private Accounts() {
    }

    /** Makes the planner and the official, unless an earlier test of the same application did. */
    public static void ensurePlannerAndOfficial(Http http) {
        for (String[] account : new String[][] {{PLANNER, "PLANNER"}, {OFFICIAL, "OFFICIAL"}}) {
            if (http.get("/api/users/" + account[0], admin()).status() == 404) {
                Map<String, String> headers = new java.util.HashMap<>(admin());
                headers.put("Content-Type", "application/json");
                int status = http.send("POST", "/api/users", headers, ("{\"username\":\"" + account[0]
                        + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + account[1] + "\"]}")
                        .getBytes(StandardCharsets.UTF_8)).status();
                if (status != 201) {
                    throw new IllegalStateException("could not make the test account " + account[0] + ": " + status);
                }
            }
        }
    }

    /** The body a browser sends to {@code POST /api/session} to sign in as the planner or the official. */
    public static String browserLogin(String username) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    public static Map<String, String> admin() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }

    public static Map<String, String> planner() {
        return basic(PLANNER, PASSWORD);
    }

    public static Map<String, String> official() {
        return basic(OFFICIAL, PASSWORD);
    }

    private static Map<String, String> basic(String username, String password) {
        return Http.basic(username, password);
    }
}
