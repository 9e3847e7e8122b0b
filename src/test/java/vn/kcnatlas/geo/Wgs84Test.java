package vn.kcnatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class Wgs84Test {

    private static final Polygon SQUARE = PolygonCheckTest.polygon(105, 10, 106, 10, 106, 11, 105, 11, 105, 10);

    @Test
    void factoryIsSrid4326() {
        assertThat(Wgs84.SRID).isEqualTo(4326);
        assertThat(Wgs84.FACTORY.getSRID()).isEqualTo(4326);
    }

    @Test
    void polygonBecomesAMultiPolygonOfOne() {
        MultiPolygon multi = Wgs84.toMultiPolygon(SQUARE);
        assertThat(multi.getNumGeometries()).isEqualTo(1);
        assertThat(multi.getGeometryN(0).equalsExact(SQUARE)).isTrue();
        assertThat(multi.getSRID()).isEqualTo(4326);
    }

    @Test
    void multiPolygonIsCopiedUnchanged() {
        MultiPolygon given = Wgs84.FACTORY.createMultiPolygon(new Polygon[] {SQUARE,
            PolygonCheckTest.polygon(107, 10, 108, 10, 108, 11, 107, 10)});
        MultiPolygon multi = Wgs84.toMultiPolygon(given);
        assertThat(multi).isNotSameAs(given);
        assertThat(multi.equalsExact(given)).isTrue();
        assertThat(multi.getSRID()).isEqualTo(4326);
    }

    @Test
    void geometryFromAnotherFactoryGetsSrid4326() {
        GeometryFactory plain = new GeometryFactory();
        Polygon polygon = plain.createPolygon(SQUARE.getCoordinates());
        assertThat(polygon.getSRID()).isZero();

        MultiPolygon multi = Wgs84.toMultiPolygon(polygon);

        assertThat(multi.getSRID()).isEqualTo(4326);
        assertThat(multi.getFactory().getSRID()).isEqualTo(4326);
        assertThat(multi.getGeometryN(0).getSRID()).isEqualTo(4326);
    }

    @Test
    void multiPolygonFromAnotherFactoryGetsSrid4326() {
        GeometryFactory plain = new GeometryFactory();
        MultiPolygon given = plain.createMultiPolygon(new Polygon[] {plain.createPolygon(SQUARE.getCoordinates())});
        MultiPolygon multi = Wgs84.toMultiPolygon(given);
        assertThat(multi.getSRID()).isEqualTo(4326);
        assertThat(multi.getFactory().getSRID()).isEqualTo(4326);
    }

    @Test
    void copyIsIndependentOfTheInput() {
        Polygon polygon = (Polygon) SQUARE.copy();
        MultiPolygon multi = Wgs84.toMultiPolygon(polygon);
        polygon.getExteriorRing().getCoordinateN(0).x = 0;
        polygon.geometryChanged();
        assertThat(multi.getCoordinates()[0].x).isEqualTo(105.0);
    }

    @Test
    void pointIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Wgs84.toMultiPolygon(Wgs84.FACTORY.createPoint(new Coordinate(105, 10))))
                .withMessage("expected a Polygon or MultiPolygon, got a Point");
    }

    @Test
    void lineStringIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Wgs84.toMultiPolygon(SQUARE.getExteriorRing()))
                .withMessageStartingWith("expected a Polygon or MultiPolygon, got a LinearRing");
    }
}
