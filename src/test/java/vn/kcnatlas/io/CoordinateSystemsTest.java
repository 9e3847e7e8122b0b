package vn.kcnatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import vn.kcnatlas.geo.Wgs84;

class CoordinateSystemsTest {

    /**
     * 105.815°E 10.515°N in WGS 84 / UTM zone 48N, from PROJ 9.1.1:
     * {@code echo "10.515 105.815" | cs2cs -f "%.6f" EPSG:4326 EPSG:32648}.
     */
    private static final double UTM_EASTING = 589178.935154;
    private static final double UTM_NORTHING = 1162469.352408;

    private static final double DEGREE_TOLERANCE = 1e-6;

    @ParameterizedTest
    @ValueSource(strings = {"CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326",
        "urn:ogc:def:crs:EPSG:6.6:4326", "epsg:4326", "urn:ogc:def:crs:ogc:1.3:crs84"})
    void longitudeLatitudeNamesNeedNoTransform(String name) throws Exception {
        CoordinateSystems.Reprojection reprojection = CoordinateSystems.fromName(name);
        assertThat(reprojection).isSameAs(CoordinateSystems.Reprojection.NONE);
        assertThat(reprojection.transform()).isNull();
    }

    @Test
    void epsg4326CodeNeedsNoTransform() throws Exception {
        assertThat(CoordinateSystems.fromEpsg(4326)).isSameAs(CoordinateSystems.Reprojection.NONE);
    }

    @Test
    void noTransformLeavesTheGeometryAsItIs() {
        Point point = Wgs84.FACTORY.createPoint(new Coordinate(105.815, 10.515));
        assertThat(CoordinateSystems.Reprojection.NONE.apply(point)).isSameAs(point);
        assertThat(CoordinateSystems.Reprojection.NONE.apply(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:ogc:def:crs:EPSG::32648", "EPSG:32648", "urn:ogc:def:crs:EPSG:6.6:32648",
        "epsg:32648"})
    void utmNamesAreRecognised(String name) throws Exception {
        CoordinateSystems.Reprojection reprojection = CoordinateSystems.fromName(name);
        assertThat(reprojection.from()).isEqualTo("EPSG:32648");
        assertThat(reprojection.transform()).isNotNull();
    }

    @Test
    void utm48nPointTransformsToItsPublishedLongitudeLatitude() throws Exception {
        Geometry projected = new GeometryFactory().createPoint(new Coordinate(UTM_EASTING, UTM_NORTHING));

        Geometry geographic = CoordinateSystems.fromName("urn:ogc:def:crs:EPSG::32648").apply(projected);

        assertThat(geographic.getCoordinate().x).isCloseTo(105.815, within(DEGREE_TOLERANCE));
        assertThat(geographic.getCoordinate().y).isCloseTo(10.515, within(DEGREE_TOLERANCE));
    }

    @Test
    void utm48nPolygonCornersTransformToTheirPublishedValues() throws Exception {
        // Corners from PROJ 9.1.1: cs2cs -f "%.9f" EPSG:32648 EPSG:4326
        Polygon projected = new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(589000, 1162000),
            new Coordinate(590000, 1162000), new Coordinate(590000, 1163000), new Coordinate(589000, 1163000),
            new Coordinate(589000, 1162000)});
        double[][] expected = {{105.813353729, 10.510759668}, {105.822491886, 10.510736116},
            {105.822515828, 10.519779467}, {105.813377405, 10.519803039}, {105.813353729, 10.510759668}};

        Coordinate[] corners = CoordinateSystems.fromName("EPSG:32648").apply(projected).getCoordinates();

        assertThat(corners).hasSize(5);
        for (int i = 0; i < corners.length; i++) {
            assertThat(corners[i].x).as("longitude %d", i).isCloseTo(expected[i][0], within(DEGREE_TOLERANCE));
            assertThat(corners[i].y).as("latitude %d", i).isCloseTo(expected[i][1], within(DEGREE_TOLERANCE));
        }
    }

    @Test
    void transformedGeometryIsSrid4326AndACopy() throws Exception {
        Point projected = new GeometryFactory().createPoint(new Coordinate(UTM_EASTING, UTM_NORTHING));

        Geometry geographic = CoordinateSystems.fromEpsg(32648).apply(projected);

        assertThat(geographic.getSRID()).isEqualTo(4326);
        assertThat(geographic).isNotSameAs(projected);
        assertThat(projected.getX()).isEqualTo(UTM_EASTING);
    }

    /**
     * BUG: OGC's http URI form of an EPSG CRS is refused, although the http form of CRS84 is accepted and
     * the class reads names "the way GeoJSON and OGC write names".
     */
    @Test
    void ogcHttpUriOfAnEpsgCodeIsRecognised() throws Exception {
        CoordinateSystems.Reprojection reprojection =
                CoordinateSystems.fromName("http://www.opengis.net/def/crs/EPSG/0/32648");
        assertThat(reprojection.from()).isEqualTo("EPSG:32648");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WGS 84", "VN-2000", "", "EPSG", "EPSG:", "urn:ogc:def:crs:EPSG::abc"})
    void unknownNamesAreRefusedWithAnExample(String name) {
        assertThatThrownBy(() -> CoordinateSystems.fromName(name)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("Unknown CRS '" + name + "': give coordinates in EPSG:4326 / CRS84, or name an EPSG code"
                        + " (e.g. urn:ogc:def:crs:EPSG::3405)");
    }

    @Test
    void unknownEpsgCodeIsRefused() {
        assertThatThrownBy(() -> CoordinateSystems.fromName("urn:ogc:def:crs:EPSG::999999"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("Unknown CRS EPSG:999999: no definition for it is available");
    }

    /**
     * Tân Kiều's corner from PROJ 9.1.1, with EPSG:5897's own definition ({@code projinfo -o PROJ EPSG:5897}):
     * {@code echo "589000 1163000" | cs2cs -f %.9f +proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000 +y_0=0
     * +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278
     * +units=m +no_defs +type=crs +to EPSG:4326} gives 10.515634537 105.814912069.
     */
    @Test
    void vn2000Tm3ZoneMissingFromProj4jsRegistryIsKnown() throws Exception {
        CoordinateSystems.Reprojection reprojection = CoordinateSystems.fromName("urn:ogc:def:crs:EPSG::5897");

        Geometry point = reprojection.apply(new GeometryFactory().createPoint(new Coordinate(589000, 1163000)));

        assertThat(point.getCoordinate().x).isCloseTo(105.814912069, within(DEGREE_TOLERANCE));
        assertThat(point.getCoordinate().y).isCloseTo(10.515634537, within(DEGREE_TOLERANCE));
    }

    @Test
    void vn2000UtmZoneIsKnown() throws Exception {
        CoordinateSystems.Reprojection reprojection = CoordinateSystems.fromName("urn:ogc:def:crs:EPSG::3405");
        assertThat(reprojection.from()).isEqualTo("EPSG:3405");
        Geometry point = reprojection.apply(new GeometryFactory().createPoint(new Coordinate(UTM_EASTING,
                UTM_NORTHING)));
        // VN-2000 differs from WGS 84 by a datum shift of some hundred metres at most.
        assertThat(point.getCoordinate().x).isCloseTo(105.815, within(0.01));
        assertThat(point.getCoordinate().y).isCloseTo(10.515, within(0.01));
    }
}
