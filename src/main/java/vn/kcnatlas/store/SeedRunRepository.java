package vn.kcnatlas.store;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which seed data sets have been loaded into the store, so that each is loaded once. */
@Repository
public class SeedRunRepository {

    private final JdbcClient jdbc;

    SeedRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasRun(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM seed_run WHERE name = :name").param("name", name)
                .query(Integer.class).single() > 0;
    }

    /**
     * Records that a seed set is being loaded. Taken first in the loading transaction, it makes a second
     * instance starting at the same time fail on the primary key and roll back, rather than load twice.
     */
    public void markRun(String name, Instant at) {
        jdbc.sql("INSERT INTO seed_run (name, loaded_at) VALUES (?, ?)").params(name, at.atOffset(ZoneOffset.UTC))
                .update();
    }
}
