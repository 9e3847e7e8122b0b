package vn.kcnatlas.report;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents that targets, reports and zones cite. */
@Repository
public class SourceRepository {

    private final JdbcClient jdbc;

    public SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SourceDocument> all() {
        return jdbc.sql("SELECT id, title, issuer, issued, kind, url FROM source_document ORDER BY id")
                .query(SourceDocument.class).list();
    }

    public void insert(SourceDocument source) {
        jdbc.sql("INSERT INTO source_document (id, title, issuer, issued, kind, url) VALUES (?, ?, ?, ?, ?, ?)")
                .params(source.id(), source.title(), source.issuer(), source.issued(), source.kind(), source.url())
                .update();
    }
}
