package vn.kcnatlas.map.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.io.ImportOptions;
import vn.kcnatlas.io.ImportProgress;
import vn.kcnatlas.io.ImportReport;
import vn.kcnatlas.io.Importer;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/**
 * No stale tile, ever: a change drops exactly the cached tiles its old and new geometries touch, at
 * once, and leaves the others cached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CacheInvalidationTest {

    /** Tân Kiều's tile, and Xẻo Rô's, 100 km away. */
    private static final String TAN_KIEU = "/tiles/zones/12/3251/1927";
    private static final String XEO_RO = "/tiles/zones/12/3243/1935";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;
    @Autowired
    Importer importer;
    @Autowired
    MeterRegistry meters;

    @Test
    void anEditChangesTheTilesItTouchesAtOnceAndLeavesTheOthersCached() {
        Http http = new Http(port);
        Http.Response tanKieuPng = http.get(TAN_KIEU + ".png");
        Http.Response tanKieuMvt = http.get(TAN_KIEU + ".mvt");
        Http.Response xeoRo = http.get(XEO_RO + ".png");
        assertThat(xeoRo.status()).isEqualTo(200);
        assertThat(http.get(TAN_KIEU + ".png").etag()).as("served from cache, unchanged").isEqualTo(tanKieuPng.etag());

        moveTanKieu(0.004);

        Http.Response changedPng = http.get(TAN_KIEU + ".png");
        Http.Response changedMvt = http.get(TAN_KIEU + ".mvt");
        assertThat(changedPng.etag()).isNotEqualTo(tanKieuPng.etag());
        assertThat(changedPng.body()).isNotEqualTo(tanKieuPng.body());
        assertThat(changedMvt.etag()).isNotEqualTo(tanKieuMvt.etag());
        assertThat(http.get(TAN_KIEU + ".png", java.util.Map.of("If-None-Match", tanKieuPng.etag())).status())
                .as("a client holding the old tile gets the new one, not a 304").isEqualTo(200);

        double hitsBefore = hits();
        Http.Response xeoRoAfter = http.get(XEO_RO + ".png");
        assertThat(xeoRoAfter.etag()).isEqualTo(xeoRo.etag());
        assertThat(hits()).as("the untouched tile came from the cache").isEqualTo(hitsBefore + 1);
    }

    @Test
    void aNewLotRedrawsItsZoneWhoseOccupancyItChanges() {
        Http http = new Http(port);
        String occupancy = TAN_KIEU + ".png?style=occupancy";
        Http.Response before = http.get(occupancy);
        assertThat(http.get(occupancy).etag()).isEqualTo(before.etag());

        String lot = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"kcn-tan-kieu/T1\","
                + "\"properties\":{\"status\":\"leased\",\"tenant\":\"Doanh nghiệp thử\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[105.8160,10.5135],[105.8175,10.5135],[105.8175,10.5150],[105.8160,10.5150],"
                + "[105.8160,10.5135]]]}}]}";
        ImportReport report = importer.importGeoJson("lots", new ByteArrayInputStream(lot.getBytes(StandardCharsets.UTF_8)),
                "lot.geojson", new ImportOptions(false, false, null, "planner", false), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();

        assertThat(http.get(occupancy).etag()).as("Tân Kiều is now 100% leased, no longer 'no data'")
                .isNotEqualTo(before.etag());
    }

    private double hits() {
        return meters.get("cache.gets").tag("cache", "rendered").tag("result", "hit").functionCounter().count();
    }

    private void moveTanKieu(double degreesEast) {
        double[][] ring = {{105.822247, 10.510681}, {105.816215, 10.521721}, {105.81311, 10.522694},
            {105.809182, 10.520592}, {105.808364, 10.518333}, {105.81474, 10.506664}, {105.822247, 10.510681}};
        StringBuilder coordinates = new StringBuilder();
        for (double[] c : ring) {
            coordinates.append(coordinates.isEmpty() ? "" : ",").append('[').append(c[0] + degreesEast).append(',')
                    .append(c[1]).append(']');
        }
        String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"kcn-tan-kieu\","
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + coordinates + "]]},\"properties\":{"
                + "\"name\":\"Tân Kiều\",\"kind\":\"KCN\",\"province\":\"Đồng Tháp\",\"district\":\"H. Tháp Mười\","
                + "\"lifecycle\":\"under_construction\",\"clearanceStatus\":\"in_progress\","
                + "\"investmentStatus\":\"seeking_tenants\",\"boundaryQuality\":\"digitized\",\"areaHa\":148.71}}]}";
        ImportReport report = importer.importGeoJson("zones", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "moved.geojson", new ImportOptions(false, false, null, "planner", false), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.updated()).isEqualTo(1);
    }
}
