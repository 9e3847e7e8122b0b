package vn.kcnatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

class MapCrsTest {

    @Test
    void projectsToWebMercatorAsProj4jDoesForEpsg3857() {
        CoordinateTransform reference = new CoordinateTransformFactory().createTransform(
                new CRSFactory().createFromName("EPSG:4326"), new CRSFactory().createFromName("EPSG:3857"));
        for (double[] lonLat : new double[][] {{105.815, 10.515}, {104.04, 10.185}, {-70.5, -45.25}, {0, 0}}) {
            Coordinate out = new Coordinate();
            MapCrs.EPSG_3857.project(lonLat[0], lonLat[1], out);
            ProjCoordinate expected = reference.transform(new ProjCoordinate(lonLat[0], lonLat[1]), new ProjCoordinate());
            assertThat(out.x).isCloseTo(expected.x, within(1e-3));
            assertThat(out.y).isCloseTo(expected.y, within(1e-3));
        }
    }

    @Test
    void webMercatorBoxesComeBackToTheirLongitudesAndLatitudes() {
        Coordinate sw = new Coordinate();
        Coordinate ne = new Coordinate();
        MapCrs.EPSG_3857.project(104.0, 9.0, sw);
        MapCrs.EPSG_3857.project(106.5, 11.25, ne);

        Envelope back = MapCrs.EPSG_3857.toWgs84(new Envelope(sw, ne));

        assertThat(back.getMinX()).isCloseTo(104.0, within(1e-9));
        assertThat(back.getMinY()).isCloseTo(9.0, within(1e-9));
        assertThat(back.getMaxX()).isCloseTo(106.5, within(1e-9));
        assertThat(back.getMaxY()).isCloseTo(11.25, within(1e-9));
    }

    @Test
    void geographicCrsesPassLongitudeAndLatitudeThrough() {
        Coordinate out = new Coordinate();
        MapCrs.EPSG_4326.project(105.8, 10.5, out);
        assertThat(out.x).isEqualTo(105.8);
        assertThat(out.y).isEqualTo(10.5);
        assertThat(MapCrs.EPSG_4326.latitudeFirst()).isTrue();
        assertThat(MapCrs.CRS_84.latitudeFirst()).isFalse();
    }

    @Test
    void findsCrsesByCodeIgnoringCase() {
        assertThat(MapCrs.byCode("epsg:3857")).contains(MapCrs.EPSG_3857);
        assertThat(MapCrs.byCode("CRS:84")).contains(MapCrs.CRS_84);
        assertThat(MapCrs.byCode("EPSG:32648")).isEmpty();
    }
}
