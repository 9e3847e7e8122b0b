package vn.kcnatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonFeatureReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SQUARE = """
            {"type": "Polygon", "coordinates": [[[105.6, 10.5], [105.61, 10.5], [105.61, 10.51], [105.6, 10.51],
             [105.6, 10.5]]]}""";

    @Test
    void featureCollectionGivesItsFeaturesNumberedFromOne() throws Exception {
        FeatureFile file = read("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "kcn-a", "properties": {"name": "A"}, "geometry": %s},
                  {"type": "Feature", "id": "kcn-b", "properties": {"name": "B"}, "geometry": null},
                  {"type": "Feature", "properties": {"name": "C"}}
                ]}""".formatted(SQUARE));

        assertThat(file.name()).isEqualTo("zones.geojson");
        assertThat(file.features()).extracting(SourceFeature::index).containsExactly(1, 2, 3);
        assertThat(file.features()).extracting(SourceFeature::id).containsExactly("kcn-a", "kcn-b", null);
        assertThat(file.features()).extracting(SourceFeature::name).containsExactly("A", "B", "C");
        assertThat(file.features()).extracting(SourceFeature::problem).containsOnlyNulls();
    }

    @Test
    void propertiesAreKeptAsGiven() throws Exception {
        SourceFeature feature = single("""
                {"type": "Feature", "id": "kcn-a", "properties": {"name": "Tân Kiều", "areaHa": "12,5",
                 "sourceIds": ["a", "b"]}, "geometry": null}""");
        assertThat(feature.properties().get("name").asString()).isEqualTo("Tân Kiều");
        assertThat(feature.properties().get("areaHa").asString()).isEqualTo("12,5");
        assertThat(feature.properties().get("sourceIds").size()).isEqualTo(2);
    }

    @Test
    void aFileStartingWithAByteOrderMarkIsRead() throws Exception {
        SourceFeature feature = single("\uFEFF" + """
                {"type": "Feature", "id": "kcn-a", "properties": {"name": "Tân Kiều"}, "geometry": null}""");
        assertThat(feature.properties().get("name").asString()).isEqualTo("Tân Kiều");
    }

    @Test
    void geometryIsReadInWgs84() throws Exception {
        SourceFeature feature = single("""
                {"type": "Feature", "id": "kcn-a", "properties": {}, "geometry": %s}""".formatted(SQUARE));
        assertThat(feature.geometry()).isInstanceOf(Polygon.class);
        assertThat(feature.geometry().getSRID()).isEqualTo(4326);
        assertThat(feature.geometry().getCoordinates()[0]).isEqualTo(new Coordinate(105.6, 10.5));
    }

    @Test
    void singleFeatureIsAFileOfOne() throws Exception {
        FeatureFile file = read("""
                {"type": "Feature", "id": "kcn-a", "properties": {"name": "A"}, "geometry": %s}""".formatted(SQUARE));
        assertThat(file.features()).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo(1);
            assertThat(f.id()).isEqualTo("kcn-a");
            assertThat(f.geometry()).isNotNull();
        });
    }

    @Test
    void emptyCollectionHasNoFeatures() throws Exception {
        assertThat(read("{\"type\": \"FeatureCollection\", \"features\": []}").features()).isEmpty();
    }

    @Test
    void numericIdIsReadAsText() throws Exception {
        assertThat(single("{\"type\": \"Feature\", \"id\": 7, \"properties\": {}, \"geometry\": null}").id())
                .isEqualTo("7");
    }

    @Test
    void nullIdAndNullPropertiesAreAbsent() throws Exception {
        SourceFeature feature = single("{\"type\": \"Feature\", \"id\": null, \"properties\": null, \"geometry\": null}");
        assertThat(feature.id()).isNull();
        assertThat(feature.name()).isNull();
        assertThat(feature.geometry()).isNull();
        assertThat(feature.problem()).isNull();
    }

    @Test
    void nameThatIsNotTextIsNoName() throws Exception {
        assertThat(single("{\"type\": \"Feature\", \"properties\": {\"name\": 5}, \"geometry\": null}").name())
                .isNull();
    }

    @Test
    void badGeometryIsAProblemOfItsFeatureNotOfTheFile() throws Exception {
        FeatureFile file = read("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "kcn-a", "properties": {}, "geometry": {"type": "Polygon", "coordinates": "x"}},
                  {"type": "Feature", "id": "kcn-b", "properties": {}, "geometry": %s}
                ]}""".formatted(SQUARE));

        SourceFeature bad = file.features().get(0);
        assertThat(bad.geometry()).isNull();
        assertThat(bad.problem()).startsWith("not a valid GeoJSON geometry");
        assertThat(bad.id()).isEqualTo("kcn-a");
        assertThat(file.features().get(1).problem()).isNull();
        assertThat(file.features().get(1).geometry()).isNotNull();
    }

    @Test
    void unknownGeometryTypeIsAProblemOfItsFeature() throws Exception {
        SourceFeature feature = single("""
                {"type": "Feature", "properties": {}, "geometry": {"type": "Circle", "coordinates": [105, 10]}}""");
        assertThat(feature.geometry()).isNull();
        assertThat(feature.problem()).startsWith("not a valid GeoJSON geometry").contains("Circle");
    }

    @Test
    void memberOfAnotherTypeIsAProblemOfItsFeature() throws Exception {
        FeatureFile file = read("""
                {"type": "FeatureCollection", "features": [%s, {"type": "Feature", "properties": {}, "geometry": null}]}
                """.formatted(SQUARE));
        assertThat(file.features().get(0).problem()).isEqualTo("is not a GeoJSON Feature (its type is 'Polygon')");
        assertThat(file.features().get(0).geometry()).isNull();
        assertThat(file.features().get(1).problem()).isNull();
    }

    @Test
    void memberWithoutTypeIsAProblemOfItsFeature() throws Exception {
        FeatureFile file = read("{\"type\": \"FeatureCollection\", \"features\": [{\"properties\": {}}, 3]}");
        assertThat(file.features()).extracting(SourceFeature::problem).containsExactly(
                "is not a GeoJSON Feature (its type is '')", "is not a GeoJSON Feature (its type is '')");
    }

    @Test
    void invalidJsonGivesLineAndColumn() {
        assertThatThrownBy(() -> read("""
                {"type": "FeatureCollection",
                 "features": [
                   {"type": "Feature", ]
                }"""))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("zones.geojson is not valid JSON (line 3, column 24): ");
    }

    @Test
    void truncatedJsonIsNotValidJson() {
        assertThatThrownBy(() -> read("{\"type\": \"FeatureCollection\", \"features\": ["))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("zones.geojson is not valid JSON (line 1");
    }

    @Test
    void arrayIsNotAGeoJsonObject() {
        assertThatThrownBy(() -> read("[{\"type\": \"Feature\"}]")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("zones.geojson is not a GeoJSON object");
    }

    @Test
    void scalarIsNotAGeoJsonObject() {
        assertThatThrownBy(() -> read("\"FeatureCollection\"")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("zones.geojson is not a GeoJSON object");
    }

    @Test
    void emptyFileIsNotAGeoJsonObject() {
        assertThatThrownBy(() -> read("")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("zones.geojson is not a GeoJSON object");
        assertThatThrownBy(() -> read("  \n")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("zones.geojson is not a GeoJSON object");
    }

    @Test
    void geometryObjectIsTheWrongType() {
        assertThatThrownBy(() -> read(SQUARE)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("zones.geojson is GeoJSON of type 'Polygon'; expected a FeatureCollection or a Feature");
    }

    @Test
    void objectWithoutTypeIsTheWrongType() {
        assertThatThrownBy(() -> read("{\"features\": []}")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("zones.geojson is GeoJSON of type ''; expected a FeatureCollection or a Feature");
    }

    @Test
    void typeIsCaseSensitive() {
        assertThatThrownBy(() -> read("{\"type\": \"featurecollection\", \"features\": []}"))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("of type 'featurecollection'");
    }

    @Test
    void featureCollectionWithoutAFeatureListIsRefused() {
        assertThatThrownBy(() -> read("{\"type\": \"FeatureCollection\"}")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("zones.geojson: a FeatureCollection needs a 'features' list");
        assertThatThrownBy(() -> read("{\"type\": \"FeatureCollection\", \"features\": {}}"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("zones.geojson: a FeatureCollection needs a 'features' list");
    }

    @Test
    void legacyCrsMemberIsHonoured() throws Exception {
        // UTM 48N corners whose longitude/latitude PROJ 9.1.1 gives as (105.813353729, 10.510759668) ...
        FeatureFile file = read("""
                {"type": "FeatureCollection",
                 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32648"}},
                 "features": [{"type": "Feature", "id": "kcn-a", "properties": {},
                   "geometry": {"type": "Polygon", "coordinates": [[[589000, 1162000], [590000, 1162000],
                     [590000, 1163000], [589000, 1163000], [589000, 1162000]]]}}]}""");

        Polygon polygon = (Polygon) file.features().get(0).geometry();
        assertThat(polygon.getSRID()).isEqualTo(4326);
        Coordinate first = polygon.getCoordinates()[0];
        assertThat(first.x).isCloseTo(105.813353729, within(1e-6));
        assertThat(first.y).isCloseTo(10.510759668, within(1e-6));
        Coordinate third = polygon.getCoordinates()[2];
        assertThat(third.x).isCloseTo(105.822515828, within(1e-6));
        assertThat(third.y).isCloseTo(10.519779467, within(1e-6));
    }

    @Test
    void legacyCrsMemberNamingCrs84ChangesNothing() throws Exception {
        SourceFeature feature = single("""
                {"type": "Feature", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
                 "properties": {}, "geometry": %s}""".formatted(SQUARE));
        assertThat(feature.geometry().getCoordinates()[0]).isEqualTo(new Coordinate(105.6, 10.5));
    }

    @Test
    void nullCrsMemberIsIgnored() throws Exception {
        SourceFeature feature = single("""
                {"type": "Feature", "crs": null, "properties": {}, "geometry": %s}""".formatted(SQUARE));
        assertThat(feature.geometry().getCoordinates()[0]).isEqualTo(new Coordinate(105.6, 10.5));
    }

    @Test
    void unknownCrsMakesTheFileUnreadable() {
        assertThatThrownBy(() -> read("""
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "VN-2000 / TM-3"}},
                 "features": []}""")).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("Unknown CRS 'VN-2000 / TM-3'");
    }

    @Test
    void crsMemberWithoutANameMakesTheFileUnreadable() {
        assertThatThrownBy(() -> read("""
                {"type": "FeatureCollection", "crs": {"type": "link", "properties": {"href": "x.prj"}},
                 "features": []}""")).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("Unknown CRS ''");
    }

    @Test
    void readsFromAPathNamingTheFile(@TempDir Path dir) throws Exception {
        Path path = dir.resolve("ccn.geojson");
        Files.writeString(path, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\","
                + " \"properties\": {\"name\": \"Thường Phước\"}, \"geometry\": null}]}");
        FeatureFile file = GeoJsonFeatureReader.read(path, JSON);
        assertThat(file.name()).isEqualTo("ccn.geojson");
        assertThat(file.features()).singleElement().extracting(SourceFeature::name).isEqualTo("Thường Phước");
    }

    @Test
    void missingPathIsUnreadable(@TempDir Path dir) {
        Path path = dir.resolve("missing.geojson");
        assertThatThrownBy(() -> GeoJsonFeatureReader.read(path, JSON)).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("Cannot read " + path);
    }

    private static FeatureFile read(String json) throws UnreadableFileException {
        return GeoJsonFeatureReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "zones.geojson", JSON);
    }

    private static SourceFeature single(String json) throws UnreadableFileException {
        FeatureFile file = read(json);
        assertThat(file.features()).hasSize(1);
        return file.features().get(0);
    }
}
