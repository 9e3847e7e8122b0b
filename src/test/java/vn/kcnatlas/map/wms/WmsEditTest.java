package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.io.ImportOptions;
import vn.kcnatlas.io.ImportProgress;
import vn.kcnatlas.io.ImportReport;
import vn.kcnatlas.io.Importer;
import vn.kcnatlas.map.cache.RenderCache;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/**
 * The WMS after the registry changes, on a store of its own since it changes it: a moved boundary shows
 * at once, maps elsewhere stay cached, and names from imports are shown as text, never run as markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WmsEditTest {

    private static final ImportOptions WRITE = new ImportOptions(false, false, null, "test", false);
    /** Around the lots of Thanh Lộc, 70 km from Tân Kiều. */
    private static final Envelope ELSEWHERE = new Envelope(105.15, 105.19, 9.97, 10.01);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;
    @Autowired
    Importer importer;
    @Autowired
    RenderCache cache;

    @Test
    void aMovedBoundaryShowsAtOnceWhileMapsOfOtherPlacesStayCached() {
        String tanKieu = WmsServerTest.getMap("zones", WmsServerTest.AROUND_TAN_KIEU, 600, 600);
        String elsewhere = WmsServerTest.getMap("zones", ELSEWHERE, 600, 600);
        Http.Response before = wms(tanKieu);
        Http.Response elsewhereBefore = wms(elsewhere);
        long cached = cache.size();

        ImportReport report = importZones(zone("kcn-tan-kieu", "Tân Kiều", "H. Tháp Mười", 105.825, 10.525));
        assertThat(report.errors()).isEmpty();
        assertThat(report.updated()).isEqualTo(1);

        assertThat(cache.size()).as("only the map of Tân Kiều dropped").isEqualTo(cached - 1);
        Http.Response after = wms(tanKieu);
        assertThat(after.etag()).isNotEqualTo(before.etag());
        BufferedImage moved = WmsServerTest.png(after);
        int[] oldPlace = WmsServerTest.pixel(WmsServerTest.AROUND_TAN_KIEU, 600, 600, WmsServerTest.TAN_KIEU_LON,
                WmsServerTest.TAN_KIEU_LAT);
        int[] newPlace = WmsServerTest.pixel(WmsServerTest.AROUND_TAN_KIEU, 600, 600, 105.8275, 10.5275);
        assertThat(WmsServerTest.hex(moved.getRGB(oldPlace[0], oldPlace[1]))).isEqualTo("#ffffff");
        assertThat(WmsServerTest.hex(moved.getRGB(newPlace[0], newPlace[1]))).isNotEqualTo("#ffffff");

        Http.Response elsewhereAfter = wms(elsewhere);
        assertThat(elsewhereAfter.etag()).isEqualTo(elsewhereBefore.etag());
        assertThat(cache.size()).isEqualTo(cached);
    }

    @Test
    void showsAZoneNameThatLooksLikeMarkupAsText() {
        String name = "<img src=x onerror=alert(1)>";
        assertThat(importZones(zone("kcn-thu-nghiem", name, "H. Cao Lãnh", 105.60, 10.60)).errors()).isEmpty();
        Envelope box = new Envelope(105.59, 105.62, 10.59, 10.62);
        int[] inside = WmsServerTest.pixel(box, 300, 300, 105.605, 10.605);
        String query = WmsServerTest.getMap("zones", box, 300, 300)
                .replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo") + "&QUERY_LAYERS=zones&I=" + inside[0] + "&J="
                + inside[1] + "&INFO_FORMAT=";

        String html = wms(query + "text/html").text();
        assertThat(html).contains("<td>&lt;img src=x onerror=alert(1)&gt;</td>").doesNotContain("<img");
        assertThat(wms(query + "application/json").json().path("features").get(0).path("properties").path("name")
                .asString()).isEqualTo(name);
    }

    private Http.Response wms(String query) {
        return new Http(port).get("/wms?" + query);
    }

    private ImportReport importZones(String feature) {
        String file = "{\"type\":\"FeatureCollection\",\"features\":[" + feature + "]}";
        return importer.importGeoJson("zones", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "test.geojson", WRITE, ImportProgress.NONE);
    }

    /** A zone in Đồng Tháp whose boundary is a square of about 1.2 km from its south-west corner. */
    private static String zone(String code, String name, String district, double lon, double lat) {
        double side = 0.011;
        String ring = "[[" + lon + "," + lat + "],[" + (lon + side) + "," + lat + "],[" + (lon + side) + ","
                + (lat + side) + "],[" + lon + "," + (lat + side) + "],[" + lon + "," + lat + "]]";
        return "{\"type\":\"Feature\",\"id\":\"" + code + "\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
                + ring + "]},\"properties\":{\"name\":\"" + name + "\",\"kind\":\"KCN\",\"province\":\"Đồng Tháp\","
                + "\"district\":\"" + district + "\",\"lifecycle\":\"under_construction\",\"clearanceStatus\":"
                + "\"in_progress\",\"investmentStatus\":\"seeking_tenants\",\"boundaryQuality\":\"digitized\","
                + "\"areaHa\":148.71}}";
    }
}
