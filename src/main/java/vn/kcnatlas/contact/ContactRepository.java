package vn.kcnatlas.contact;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public contacts zones refer to. */
@Repository
public class ContactRepository {

    private final JdbcClient jdbc;

    public ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Contact> all() {
        return jdbc.sql("SELECT id, kind, name_vi, name_en, phone, email, url, address, source_id FROM contact"
                + " ORDER BY id").query(Contact.class).list();
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM contact WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public void insert(Contact contact) {
        jdbc.sql("INSERT INTO contact (id, kind, name_vi, name_en, phone, email, url, address, source_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(contact.id(), contact.kind(), contact.nameVi(), contact.nameEn(), contact.phone(),
                        contact.email(), contact.url(), contact.address(), contact.sourceId())
                .update();
    }
}
