package vn.kcnatlas.geo.check;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

import vn.kcnatlas.geo.LonLat;
import vn.kcnatlas.geo.Wgs84;

/** The area part of an overlay's result, which may also hold the lines and points where shapes touch. */
final class Polygonal {

    private Polygonal() {
    }

    static Geometry of(Geometry overlay) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(overlay);
        return Wgs84.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /** A point surely inside the largest polygon: where a map should show the problem. */
    static LonLat pointInLargestPart(Geometry polygonal) {
        Geometry largest = IntStream.range(0, polygonal.getNumGeometries()).mapToObj(polygonal::getGeometryN)
                .max(Comparator.comparingDouble(Geometry::getArea)).orElse(polygonal);
        return LonLat.of(largest.getInteriorPoint().getCoordinate());
    }
}
