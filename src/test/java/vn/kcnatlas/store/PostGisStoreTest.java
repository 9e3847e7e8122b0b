package vn.kcnatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.PostGisApplicationTest;
import vn.kcnatlas.support.PostGisEnvironment;

/** The whole application on PostGIS, as docker-compose runs it: migrated, seeded, answering over HTTP. */
@PostGisApplicationTest
class PostGisStoreTest {

    @LocalServerPort
    int port;

    @Test
    void servesTheSeededRegistryFromPostGis() {
        Http http = new Http(port);

        assertThat(http.get("/api/zones").json().path("features").size()).isEqualTo(21);
        assertThat(codes(http, "/api/zones?q=" + Http.q("thuong phuoc"))).containsExactly("ccn-thuong-phuoc");
        assertThat(codes(http, "/api/zones?kind=CCN&province=" + Http.q("Kiên Giang")))
                .containsExactly("ccn-binh-an", "ccn-ham-ninh", "ccn-vinh-hoa-hung-nam");
        assertThat(codes(http, "/api/zones?bbox=105.79,10.49,105.84,10.54")).containsExactly("kcn-tan-kieu");
        assertThat(http.get("/api/zones/kcn-song-hau").json().path("properties").path("availableHa").asDouble())
                .isEqualTo(0.9);
        assertThat(http.get("/api/targets").json().size()).isEqualTo(18);
        assertThat(http.get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void dropsCachedTilesWhenAnotherInstanceChangesAZone() throws Exception {
        Http http = new Http(port);
        String tile = "/tiles/zones/12/3243/1935.png";
        String before = http.get(tile).etag();
        assertThat(http.get(tile).etag()).isEqualTo(before);

        // Another instance (or the command-line importer) moves Xẻo Rô, logs the change and notifies.
        try (Connection other = DriverManager.getConnection(PostGisEnvironment.url(), PostGisEnvironment.user(),
                PostGisEnvironment.password()); Statement sql = other.createStatement()) {
            sql.execute("UPDATE zone SET boundary = ST_Multi(ST_Translate(boundary, 0.003, 0)) WHERE code = 'kcn-xeo-ro'");
            sql.execute("INSERT INTO map_change (origin, layer, min_x, min_y, max_x, max_y, changed_at)"
                    + " VALUES ('other-instance', 'zones', 105.05, 9.83, 105.10, 9.87, now())");
            sql.execute("NOTIFY kcn_map_changes");
        }

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(http.get(tile).etag()).isNotEqualTo(before));
    }

    private static List<String> codes(Http http, String path) {
        List<String> codes = new ArrayList<>();
        http.get(path).json().path("features").forEach(f -> codes.add(f.path("id").asString()));
        return codes;
    }
}
