package vn.kcnatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.GEO_JSON;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;
import static vn.kcnatlas.support.ZoneFeatures.square;
import static vn.kcnatlas.support.ZoneFeatures.zone;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.imageio.ImageIO;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.geo.Band;
import vn.kcnatlas.geo.Generalisation;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.geo.Wkb;
import vn.kcnatlas.io.ImportOptions;
import vn.kcnatlas.io.ImportProgress;
import vn.kcnatlas.io.ImportReport;
import vn.kcnatlas.io.Importer;
import vn.kcnatlas.map.style.LayerStyle;
import vn.kcnatlas.map.style.MapStyles;
import vn.kcnatlas.map.style.Theme;
import vn.kcnatlas.map.tile.TileId;
import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.WriteApiTest;

/**
 * The simplified boundaries the store keeps for each band: they follow every write of a zone (create,
 * boundary edit, revert, import) and of a lot, are simplified as the Java rule does, and a national map and
 * its tiles draw every zone. The same on every store.
 */
abstract class GeneralisationStoreContract extends WriteApiTest {

    private static final String CODE = "kcn-gian-luoc";
    private static final double LON = 105.655;
    private static final double LAT = 10.655;
    /** Vietnam, in CRS:84, two pixels to 0.04°: zoom 6.1 or so. */
    private static final String NATIONAL_MAP = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zones&STYLES="
            + "&CRS=CRS:84&BBOX=102,8,110,23.6&WIDTH=400&HEIGHT=780&FORMAT=image/png&TRANSPARENT=TRUE";

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Importer importer;
    @Autowired
    private LayerFeatures features;
    @Autowired
    private MapStyles styles;

    @Test
    void theStoredBandsFollowEveryWriteOfAZone() {
        Http.Response created = http().send("POST", "/api/zones", headers(GEO_JSON, null),
                bytes(wavyZone(0.006, 0.0003)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Map<Band, MultiPolygon> first = bandsOfZone();

        Http.Response edited = http().send("PATCH", "/api/zones/" + CODE, headers(MERGE_PATCH, created.etag()),
                bytes("{\"geometry\":" + wavyRing(0.005, 0.0002, 300) + "}"));
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(bandsOfZone().get(Band.Z10)).isNotEqualTo(first.get(Band.Z10));

        Http.Response reverted = http().send("POST", "/api/zones/" + CODE + "/revert?version=1",
                headers(GEO_JSON, edited.etag()), null);
        assertThat(reverted.status()).as(reverted.text()).isEqualTo(200);
        Map<Band, MultiPolygon> afterRevert = bandsOfZone();
        // The history keeps coordinates to a tenth of a micro-degree (about 1 cm).
        first.forEach((band, boundary) -> assertThat(afterRevert.get(band).equalsExact(boundary, 1e-7))
                .as("%s", band).isTrue());

        ImportReport imported = importer.importGeoJson("zones", new ByteArrayInputStream(
                ("{\"type\":\"FeatureCollection\",\"features\":[" + wavyZone(0.0055, 0.0004) + "]}")
                        .getBytes(StandardCharsets.UTF_8)), "gian-luoc.geojson",
                new ImportOptions(false, false, null, Accounts.PLANNER, false), ImportProgress.NONE);
        assertThat(imported.updated()).as("%s", imported).isEqualTo(1);
        assertThat(bandsOfZone().get(Band.Z10)).isNotEqualTo(first.get(Band.Z10));
    }

    @Test
    void theStoredBandOfALotFollowsItsWrites() {
        assertThat(http().send("POST", "/api/zones", headers(GEO_JSON, null),
                bytes(zone("kcn-lo-gian-luoc", "Lô Giản Lược", 105.67, 10.67, 0.01))).status()).isEqualTo(201);
        Http.Response lot = http().send("POST", "/api/zones/kcn-lo-gian-luoc/lots", headers(GEO_JSON, null),
                bytes("{\"type\":\"Feature\",\"geometry\":" + wavyRing(105.675, 10.675, 0.002, 0.00002, 120)
                        + ",\"properties\":{\"code\":\"GL1\",\"status\":\"available\"}}"));
        assertThat(lot.status()).as(lot.text()).isEqualTo(201);

        Map<String, Object> row = jdbc.sql("SELECT ST_AsBinary(boundary) AS full_wkb, ST_AsBinary(boundary_z13) AS z13"
                + " FROM lot WHERE zone_code = 'kcn-lo-gian-luoc' AND code = 'GL1'").query().singleRow();
        MultiPolygon full = (MultiPolygon) Wkb.read((byte[]) row.get("full_wkb"));
        MultiPolygon z13 = (MultiPolygon) Wkb.read((byte[]) row.get("z13"));
        assertSimplifiedAsTheJavaRule(Band.Z13, full, z13);
        assertThat(z13.getNumPoints()).isLessThan(full.getNumPoints());
    }

    @Test
    void mapsReadOfTheZonesIsTheFullReadsDrawingPart() {
        assertThat(http().send("POST", "/api/zones", headers(GEO_JSON, null),
                bytes(zone("kcn-to-mau", "Tô Màu", 105.69, 10.69, 0.01))).status()).isEqualTo(201);
        Http.Response lot = http().send("POST", "/api/zones/kcn-to-mau/lots", headers(GEO_JSON, null),
                bytes("{\"type\":\"Feature\",\"geometry\":" + square(105.692, 10.692, 0.002)
                        + ",\"properties\":{\"code\":\"TM1\",\"status\":\"leased\",\"areaHa\":4}}"));
        assertThat(lot.status()).as(lot.text()).isEqualTo(201);
        LayerStyle style = styles.of(MapLayer.ZONES);
        Set<String> read = new HashSet<>(List.of(style.label().property()));
        style.themes().values().stream().map(Theme::property).filter(Objects::nonNull).forEach(read::add);
        assertThat(LayerFeatures.DRAWN_ZONE_PROPERTIES).containsAll(read);

        Envelope vietnam = new Envelope(102, 110, 8, 23.6);
        Map<String, Object> occupancies = new HashMap<>();
        for (LocalDate day : Arrays.asList(null, LocalDate.now())) {
            for (Generalisation detail : List.of(Generalisation.ofZoom(5), Generalisation.ofZoom(10),
                    Generalisation.ofZoom(14), Generalisation.FULL)) {
                List<MapFeature> full = features.features(MapLayer.ZONES, day, vietnam, detail);
                List<MapFeature> drawn = features.drawn(MapLayer.ZONES, day, vietnam, detail);
                assertThat(drawn).extracting(MapFeature::id)
                        .containsExactlyElementsOf(full.stream().map(MapFeature::id).toList());
                for (int i = 0; i < full.size(); i++) {
                    MapFeature zone = full.get(i);
                    assertThat(drawn.get(i).geometry().equalsExact(zone.geometry())).as("%s", zone.id()).isTrue();
                    Map<String, Object> expected = new HashMap<>(zone.properties());
                    expected.keySet().retainAll(LayerFeatures.DRAWN_ZONE_PROPERTIES);
                    assertThat(drawn.get(i).properties()).as("%s on %s", zone.id(), day).isEqualTo(expected);
                    occupancies.put(zone.id(), zone.property("occupancyPct"));
                }
            }
        }
        assertThat(occupancies).containsEntry("kcn-to-mau", 100.0);
        assertThat(occupancies.values().stream().filter(Objects::nonNull).count()).isGreaterThan(3);
        assertThat(occupancies).containsValue(null);
    }

    @Test
    void theStoreDrawsZonesByTheSameRuleAsTheJavaEncoder() {
        for (int zoom : List.of(5, 7, 9, 12, 15)) {
            Generalisation detail = Generalisation.ofZoom(zoom);
            List<Map<String, Object>> rows = jdbc.sql("SELECT ST_AsBinary(z." + detail.band().zoneColumn()
                    + ") AS band_wkb, ST_AsBinary(" + Generalisation.zoneShapeSql(
                            Generalisation.bandSql("z", String.valueOf(zoom), Band::zoneColumn), String.valueOf(zoom))
                    + ") AS shape_wkb"
                    + " FROM zone z WHERE z.boundary IS NOT NULL").query().listOfRows();
            assertThat(rows).isNotEmpty();
            for (Map<String, Object> row : rows) {
                Geometry band = Wkb.read((byte[]) row.get("band_wkb"));
                Geometry inStore = Wkb.read((byte[]) row.get("shape_wkb"));
                Geometry inJava = detail.zoneShape(band);
                assertThat(inStore.getGeometryType()).as("zoom %d", zoom).isEqualTo(inJava.getGeometryType());
                if (inJava instanceof Point) {
                    assertThat(band.contains(inStore)).isTrue();
                } else {
                    assertThat(inStore.equalsExact(inJava)).isTrue();
                }
            }
        }
    }

    @Test
    void aNationalMapAndItsTilesDrawEveryZone() throws IOException {
        Map<String, Point> zones = drawnZones();
        BufferedImage national = ImageIO.read(new ByteArrayInputStream(http().get(NATIONAL_MAP).body()));
        for (Map.Entry<String, Point> zone : zones.entrySet()) {
            int i = (int) Math.floor((zone.getValue().getX() - 102) / 8 * 400);
            int j = (int) Math.floor((23.6 - zone.getValue().getY()) / 15.6 * 780);
            assertThat(national.getRGB(i, j) >>> 24).as("%s on the national map", zone.getKey()).isPositive();
        }
        for (int z : List.of(5, 6, 8, 10)) {
            Set<String> seen = new HashSet<>();
            for (TileId tile : zones.values().stream().map(p -> TileId.containing(p.getX(), p.getY(), z)).distinct()
                    .toList()) {
                JtsLayer layer = MvtReader.loadMvt(new ByteArrayInputStream(http().get("/tiles/zones/" + tile + ".mvt")
                        .body()), new GeometryFactory(), new TagKeyValueMapConverter()).getLayer("zones");
                layer.getGeometries().forEach(g -> seen.add(String.valueOf(((Map<?, ?>) g.getUserData()).get("code"))));
            }
            assertThat(seen).as("zones in the tiles of zoom %d", z).containsAll(zones.keySet());
        }
    }

    @Test
    void theZoneListDrawsBoundariesForAZoomOnlyWhenAsked() {
        JsonNode full = byCode(http().get("/api/zones"));
        JsonNode province = byCode(http().get("/api/zones?zoom=10"));
        JsonNode national = byCode(http().get("/api/zones?zoom=5"));
        JsonNode nationalLastYear = byCode(http().get("/api/zones?zoom=5&asOf=" + LocalDate.now().minusYears(1)));

        assertThat(province.size()).isEqualTo(full.size());
        int fullVertices = 0;
        int provinceVertices = 0;
        for (String code : full.propertyNames()) {
            JsonNode geometry = full.path(code).path("geometry");
            assertThat(province.path(code).path("properties")).isEqualTo(full.path(code).path("properties"));
            if (geometry.isNull()) {
                assertThat(province.path(code).path("geometry").isNull()).isTrue();
                continue;
            }
            assertThat(geometry.path("type").asString()).isEqualTo("MultiPolygon");
            fullVertices += geometry.toString().split("\\],\\[").length;
            provinceVertices += province.path(code).path("geometry").toString().split("\\],\\[").length;
            assertThat(national.path(code).path("geometry").path("type").asString()).as(code).isEqualTo("Point");
            assertThat(national.path(code).path("properties").path("hasBoundary").asBoolean()).isTrue();
        }
        assertThat(provinceVertices).isLessThan(fullVertices);
        assertThat(nationalLastYear.path("kcn-tan-kieu").path("geometry").path("type").asString()).isEqualTo("Point");
        for (String zoom : List.of("1.5", "25", "-1", "tám")) {
            Http.Response refused = http().get("/api/zones?zoom=" + zoom);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).contains("zoom");
        }
    }

    private static JsonNode byCode(Http.Response zones) {
        assertThat(zones.status()).isEqualTo(200);
        ObjectNode byCode = JsonNodeFactory.instance.objectNode();
        zones.json().path("features").forEach(f -> byCode.set(f.path("id").asString(), f));
        return byCode;
    }

    /** Every zone a map draws, by code, with the point it is marked at. */
    private Map<String, Point> drawnZones() {
        Map<String, Point> zones = new LinkedHashMap<>();
        for (JsonNode feature : http().get("/api/zones").json().path("features")) {
            JsonNode p = feature.path("properties");
            if (!p.path("lifecycle").asString().equals("removed_from_plan")) {
                zones.put(p.path("code").asString(), Wgs84.FACTORY.createPoint(new Coordinate(
                        p.path("markerPoint").get(0).asDouble(), p.path("markerPoint").get(1).asDouble())));
            }
        }
        assertThat(zones).hasSizeGreaterThan(15);
        return zones;
    }

    /** The zone's boundary in full and in each band, each band's simplified as the Java rule does. */
    private Map<Band, MultiPolygon> bandsOfZone() {
        Map<String, Object> row = jdbc.sql("SELECT ST_AsBinary(boundary) AS full_wkb,"
                + " ST_AsBinary(boundary_z7) AS z7, ST_AsBinary(boundary_z10) AS z10, ST_AsBinary(boundary_z13) AS z13"
                + " FROM zone WHERE code = :code").param("code", CODE).query().singleRow();
        MultiPolygon full = (MultiPolygon) Wkb.read((byte[]) row.get("full_wkb"));
        Map<Band, MultiPolygon> bands = new LinkedHashMap<>();
        bands.put(Band.FULL, full);
        bands.put(Band.Z7, (MultiPolygon) Wkb.read((byte[]) row.get("z7")));
        bands.put(Band.Z10, (MultiPolygon) Wkb.read((byte[]) row.get("z10")));
        bands.put(Band.Z13, (MultiPolygon) Wkb.read((byte[]) row.get("z13")));
        bands.forEach((band, stored) -> assertSimplifiedAsTheJavaRule(band, full, stored));
        assertThat(bands.get(Band.Z7).getNumPoints()).isLessThan(bands.get(Band.Z10).getNumPoints());
        assertThat(bands.get(Band.Z10).getNumPoints()).isLessThan(full.getNumPoints());
        return bands;
    }

    /**
     * A band's boundary is valid, keeps the parts and holes and lies within a pixel of the full one, and has
     * as many vertices as the Java rule gives, give or take a ring's start vertex: H2GIS simplifies with JTS
     * as the rule does, PostGIS with GEOS 3.11, which never drops a ring's start where JTS 1.20 may.
     */
    private static void assertSimplifiedAsTheJavaRule(Band band, MultiPolygon full, MultiPolygon stored) {
        MultiPolygon java = band.simplify(full);
        assertThat(stored.isValid()).as("%s", band).isTrue();
        assertThat(stored.getNumGeometries()).isEqualTo(full.getNumGeometries());
        assertThat(DiscreteHausdorffDistance.distance(full, stored)).as("%s", band)
                .isLessThanOrEqualTo(2 * band.tolerance());
        int rings = 0;
        for (int i = 0; i < full.getNumGeometries(); i++) {
            rings += 1 + ((Polygon) full.getGeometryN(i)).getNumInteriorRing();
            assertThat(((Polygon) stored.getGeometryN(i)).getNumInteriorRing())
                    .isEqualTo(((Polygon) full.getGeometryN(i)).getNumInteriorRing());
        }
        assertThat(stored.getNumPoints()).as("%s", band).isBetween(java.getNumPoints() - rings,
                java.getNumPoints() + rings);
    }

    private static String wavyZone(double radius, double wobble) {
        return zone(CODE, "Giản Lược", LON, LAT, 0.004).replace(square(LON, LAT, 0.004), wavyRing(radius, wobble, 240));
    }

    private static String wavyRing(double radius, double wobble, int vertices) {
        return wavyRing(LON, LAT, radius, wobble, vertices);
    }

    /** A GeoJSON polygon: a ring whose radius wobbles by {@code wobble} degrees. */
    private static String wavyRing(double lon, double lat, double radius, double wobble, int vertices) {
        StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i <= vertices; i++) {
            double angle = 2 * Math.PI * (i % vertices) / vertices;
            double r = radius + wobble * Math.sin(23 * angle);
            ring.append(i == 0 ? "" : ",").append('[').append(lon + r * Math.cos(angle)).append(',')
                    .append(lat + r * Math.sin(angle)).append(']');
        }
        return ring.append("]]}").toString();
    }
}
