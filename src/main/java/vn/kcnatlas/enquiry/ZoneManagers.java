package vn.kcnatlas.enquiry;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which zones each zone manager answers for ({@code zone_manager}), and the checks an admin's choice needs. */
@Repository
class ZoneManagers {

    private final JdbcClient jdbc;

    ZoneManagers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The codes of the zones the account manages, sorted. */
    List<String> zonesOf(String username) {
        return jdbc.sql("SELECT zone_code FROM zone_manager WHERE username = :username ORDER BY zone_code")
                .param("username", username).query(String.class).list();
    }

    /** Makes these the account's zones, in place of those it had. */
    void replace(String username, Collection<String> zones) {
        jdbc.sql("DELETE FROM zone_manager WHERE username = :username").param("username", username).update();
        for (String zone : zones) {
            jdbc.sql("INSERT INTO zone_manager (username, zone_code) VALUES (:username, :zone)")
                    .param("username", username).param("zone", zone).update();
        }
    }

    boolean accountExists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :username").param("username", username)
                .query(Integer.class).single() > 0;
    }

    boolean hasRole(String username, String role) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user_role WHERE username = :username AND role = :role")
                .param("username", username).param("role", role).query(Integer.class).single() > 0;
    }

    /** Of these codes, those that name no zone. */
    List<String> unknownZones(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> known = jdbc.sql("SELECT code FROM zone WHERE code IN (:codes)").param("codes", codes)
                .query(String.class).list();
        return codes.stream().filter(code -> !known.contains(code)).toList();
    }
}
