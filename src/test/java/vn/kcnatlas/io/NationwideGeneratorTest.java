package vn.kcnatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.quadtree.Quadtree;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeodesicArea;

/**
 * The nationwide synthetic dataset's generator at test size: reproducible to the byte, and every zone valid,
 * on land, apart from the others, sized as zones are, marked synthetic.
 */
class NationwideGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path again;

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        Path first = NationwideFiles.generated();
        NationwideFiles.generate(again, 15);

        List<Path> files = NationwideFiles.files(first, "*");
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("outline.geojson", "districts.geojson",
                "sources.csv", "zones.geojson", "zones-v2.geojson", "zones-v3.geojson", "lots-0001.geojson",
                "reports.csv");
        assertThat(NationwideFiles.files(again, "*")).hasSameSizeAs(files);
        for (Path file : files) {
            assertThat(Files.mismatch(file, again.resolve(file.getFileName()))).as(file.getFileName().toString())
                    .isEqualTo(-1);
        }
    }

    @Test
    void everyZoneIsValidOnLandApartAndSizedAsZonesAre() throws Exception {
        Path dir = NationwideFiles.generated();
        Geometry land = GeoJsonFeatureReader.read(dir.resolve("outline.geojson"), JSON).features().get(0).geometry();
        for (String file : List.of("zones.geojson", "zones-v2.geojson", "zones-v3.geojson")) {
            List<SourceFeature> zones = GeoJsonFeatureReader.read(dir.resolve(file), JSON).features();
            Quadtree index = new Quadtree();
            for (SourceFeature zone : zones) {
                Geometry boundary = zone.geometry();
                String code = zone.id();
                assertThat(boundary.isValid()).as(code).isTrue();
                assertThat(land.contains(boundary)).as(code + " on land").isTrue();
                double hectares = GeodesicArea.hectares(boundary);
                assertThat(hectares).as(code).isBetween(20.0, 3_000.0);
                assertThat(zone.properties().path("areaHa").asDouble()).as(code).isCloseTo(hectares,
                        org.assertj.core.data.Percentage.withPercentage(1));
                for (String marked : List.of("name", "source", "developer")) {
                    assertThat(zone.properties().path(marked).asString()).as(code + " " + marked)
                            .contains("synthetic");
                }
                index.query(boundary.getEnvelopeInternal()).forEach(other -> assertThat(
                        ((Geometry) other).intersects(boundary)).as(code + " overlaps another zone").isFalse());
                index.insert(boundary.getEnvelopeInternal(), boundary);
            }
            if (file.equals("zones.geojson")) {
                assertThat(zones).hasSize(NationwideFiles.ZONES);
                assertThat(zones).as("a multipolygon").anyMatch(z -> z.geometry() instanceof MultiPolygon);
                assertThat(zones).as("a zone with a hole")
                        .anyMatch(z -> z.geometry() instanceof Polygon p && p.getNumInteriorRing() == 1);
                assertThat(zones).extracting(z -> z.properties().path("kind").asString()).contains("KCN", "CCN");
                assertThat(zones).extracting(z -> z.properties().path("lifecycle").asString())
                        .contains("planned", "under_construction", "operating");
            }
        }
    }
}
