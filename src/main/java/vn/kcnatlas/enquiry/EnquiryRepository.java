package vn.kcnatlas.enquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Enquiries in the store ({@code enquiry}). */
@Repository
class EnquiryRepository {

    private static final String SELECT = "SELECT id, zone_code, name, company, email, phone, land_needed_ha,"
            + " industry, message, consent_version, consent_at, created_at, handled_at, handled_by, note FROM enquiry";

    private final JdbcClient jdbc;

    EnquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new enquiry's id */
    long insert(String zone, EnquiryInput input, String clientHash, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enquiry (zone_code, name, company, email, phone, land_needed_ha, industry, message,"
                        + " consent_version, consent_at, client_hash, created_at) VALUES (:zone, :name, :company,"
                        + " :email, :phone, :land, :industry, :message, :consent, :at, :client, :at)")
                .param("zone", zone).param("name", input.name()).param("company", input.company())
                .param("email", input.email()).param("phone", input.phone()).param("land", input.landNeededHa())
                .param("industry", input.industry()).param("message", input.message())
                .param("consent", EnquiryInput.CONSENT_VERSION).param("client", clientHash).param("at", utc(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Newest first; all zones' when {@code zones} is empty. */
    List<Enquiry> find(Optional<List<String>> zones, Optional<Boolean> handled) {
        String where = " WHERE 1 = 1" + zones.map(z -> " AND zone_code IN (:zones)").orElse("")
                + handled.map(h -> h ? " AND handled_at IS NOT NULL" : " AND handled_at IS NULL").orElse("");
        JdbcClient.StatementSpec query = jdbc.sql(SELECT + where + " ORDER BY created_at DESC, id DESC");
        if (zones.isPresent()) {
            if (zones.get().isEmpty()) {
                return List.of();
            }
            query = query.param("zones", zones.get());
        }
        return query.query(EnquiryRepository::read).list();
    }

    Optional<Enquiry> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(EnquiryRepository::read).optional();
    }

    /** Marks it handled by {@code by} at {@code at}, or not handled when {@code by} is null. */
    void handle(long id, String by, Instant at, String note) {
        jdbc.sql("UPDATE enquiry SET handled_at = :at, handled_by = :by, note = :note WHERE id = :id")
                .param("id", id).param("by", by).param("at", by == null ? null : utc(at)).param("note", note)
                .update();
    }

    /** @return how many were deleted */
    int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM enquiry WHERE created_at < :cutoff").param("cutoff", utc(cutoff)).update();
    }

    private static Enquiry read(ResultSet rs, int row) throws SQLException {
        double hectares = rs.getDouble("land_needed_ha");
        Double land = rs.wasNull() ? null : hectares;
        return new Enquiry(rs.getLong("id"), rs.getString("zone_code"), rs.getString("name"),
                rs.getString("company"), rs.getString("email"), rs.getString("phone"), land,
                rs.getString("industry"), rs.getString("message"), rs.getString("consent_version"),
                instant(rs, "consent_at"), instant(rs, "created_at"), instant(rs, "handled_at"),
                rs.getString("handled_by"), rs.getString("note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
