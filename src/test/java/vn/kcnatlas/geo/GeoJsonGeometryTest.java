package vn.kcnatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonGeometryTest {

    private static final Polygon CLOCKWISE = PolygonCheckTest.polygon(105, 10, 105, 11, 106, 11, 106, 10, 105, 10);

    @Test
    void writesClockwiseExteriorCounterClockwise() {
        assertThat(GeoJsonGeometry.write(CLOCKWISE))
                .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[105,10],[106,10],[106,11],[105,11],[105,10]]]}");
    }

    @Test
    void writesCounterClockwiseExteriorUnchanged() {
        Polygon ccw = CLOCKWISE.reverse();
        assertThat(GeoJsonGeometry.write(ccw)).isEqualTo(GeoJsonGeometry.write(CLOCKWISE));
    }

    @Test
    void writesHolesClockwise() {
        LinearRing hole = PolygonCheckTest.polygon(105.2, 10.2, 105.8, 10.2, 105.8, 10.8, 105.2, 10.8, 105.2, 10.2)
                .getExteriorRing();
        assertThat(Orientation.isCCW(hole.getCoordinates())).isTrue();
        Polygon polygon = Wgs84.FACTORY.createPolygon(CLOCKWISE.getExteriorRing(), new LinearRing[] {hole});

        Polygon written = (Polygon) GeoJsonGeometry.read(GeoJsonGeometry.write(polygon));

        assertThat(Orientation.isCCW(written.getExteriorRing().getCoordinates())).isTrue();
        assertThat(Orientation.isCCW(written.getInteriorRingN(0).getCoordinates())).isFalse();
    }

    @Test
    void writesEveryPartOfAMultiPolygonCounterClockwise() {
        Polygon second = PolygonCheckTest.polygon(107, 10, 107, 11, 108, 11, 108, 10, 107, 10);
        MultiPolygon multi = Wgs84.FACTORY.createMultiPolygon(new Polygon[] {CLOCKWISE, second});
        Geometry written = GeoJsonGeometry.read(GeoJsonGeometry.write(multi));
        assertThat(written).isInstanceOf(MultiPolygon.class);
        for (int i = 0; i < written.getNumGeometries(); i++) {
            assertThat(Orientation.isCCW(((Polygon) written.getGeometryN(i)).getExteriorRing().getCoordinates()))
                    .isTrue();
        }
    }

    @Test
    void writesSevenDecimals() {
        assertThat(GeoJsonGeometry.write(Wgs84.FACTORY.createPoint(new Coordinate(105.123456789, 10.98765432149))))
                .isEqualTo("{\"type\":\"Point\",\"coordinates\":[105.1234568,10.9876543]}");
    }

    @Test
    void writesNoCrsMember() {
        assertThat(GeoJsonGeometry.write(CLOCKWISE)).doesNotContain("crs").doesNotContain("EPSG");
    }

    @Test
    void writeOfNullIsNull() {
        assertThat(GeoJsonGeometry.write(null)).isNull();
    }

    @Test
    void roundTripKeepsTheShape() {
        Polygon polygon = PolygonCheckTest.polygon(105.1234567, 10.1, 105.2, 10.1, 105.2, 10.2345678, 105.1234567,
                10.1);
        Geometry back = GeoJsonGeometry.read(GeoJsonGeometry.write(polygon));
        assertThat(back.equalsExact(polygon)).as(back.toText()).isTrue();
    }

    @Test
    void roundTripOfAClockwisePolygonIsTheSameShapeReoriented() {
        Geometry back = GeoJsonGeometry.read(GeoJsonGeometry.write(CLOCKWISE));
        assertThat(back.equalsTopo(CLOCKWISE)).isTrue();
        assertThat(back.equalsExact(CLOCKWISE.reverse())).isTrue();
    }

    @Test
    void readGivesWgs84Geometries() {
        Geometry geometry = GeoJsonGeometry.read("{\"type\":\"Point\",\"coordinates\":[105.5,10.5]}");
        assertThat(geometry.getSRID()).isEqualTo(Wgs84.SRID);
        assertThat(geometry.getFactory().getSRID()).isEqualTo(Wgs84.SRID);
        assertThat(geometry.getCoordinate()).isEqualTo(new Coordinate(105.5, 10.5));
    }

    @Test
    void readOfBadCoordinatesIsAnIllegalArgument() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJsonGeometry.read("{\"type\":\"Polygon\",\"coordinates\":\"x\"}"))
                .withMessageStartingWith("not a valid GeoJSON geometry");
    }

    @Test
    void readOfAnUnknownTypeIsAnIllegalArgument() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeoJsonGeometry.read("{\"type\":\"Blob\",\"coordinates\":[1,2]}"))
                .withMessageStartingWith("not a valid GeoJSON geometry").withMessageContaining("Blob");
    }

    @Test
    void readOfAnUnclosedRingIsAnIllegalArgument() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeoJsonGeometry.read(
                "{\"type\":\"Polygon\",\"coordinates\":[[[105,10],[106,10],[106,11],[105,11]]]}"))
                .withMessageStartingWith("not a valid GeoJSON geometry");
    }

    @Test
    void readOfTextThatIsNotJsonIsAnIllegalArgument() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeoJsonGeometry.read("POLYGON ((105 10, 106 10))"))
                .withMessageStartingWith("not a valid GeoJSON geometry");
    }
}
