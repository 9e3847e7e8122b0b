package vn.kcnatlas.webmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import vn.kcnatlas.geo.Wgs84;

/** GeoJSON for the importer: a zone with a hostile name, and a thousand lots filling a zone. */
final class TestZones {

    static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_CODE = "ccn-test-hostile-name";
    /** Where the hostile zone lies: open land in H. Cao Lãnh, away from the seed's zones. */
    static final double HOSTILE_LON = 105.70;
    static final double HOSTILE_LAT = 10.62;

    private TestZones() {
    }

    static Map<String, Object> hostileZone() {
        double d = 0.004;
        List<List<Double>> ring = List.of(List.of(HOSTILE_LON - d, HOSTILE_LAT - d), List.of(HOSTILE_LON + d, HOSTILE_LAT - d),
                List.of(HOSTILE_LON + d, HOSTILE_LAT + d), List.of(HOSTILE_LON - d, HOSTILE_LAT + d),
                List.of(HOSTILE_LON - d, HOSTILE_LAT - d));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", HOSTILE_NAME);
        properties.put("kind", "CCN");
        properties.put("province", "Đồng Tháp");
        properties.put("district", "H. Cao Lãnh");
        properties.put("commune", "<b>bold</b> & \"quoted\"");
        properties.put("developer", "<script>alert(2)</script>");
        properties.put("lifecycle", "planned");
        properties.put("clearanceStatus", "not_started");
        properties.put("investmentStatus", "not_open");
        properties.put("boundaryQuality", "approximate");
        return collection(List.of(feature(HOSTILE_CODE, Map.of("type", "Polygon", "coordinates", List.of(ring)), properties)));
    }

    /**
     * {@code count} square lots on a grid inside the zone's boundary. The first lots take the codes of the
     * zone's seeded lots ({@code L01}…), so they replace them rather than overlap them.
     */
    static Map<String, Object> lotsFilling(String zone, Geometry boundary, int count, int seededLots) {
        List<Polygon> cells = gridInside(boundary, count);
        List<Map<String, Object>> features = new ArrayList<>();
        String[] statuses = {"available", "reserved", "leased"};
        for (int i = 0; i < count; i++) {
            String code = i < seededLots ? String.format("L%02d", i + 1) : String.format("S%04d", i + 1);
            List<List<Double>> ring = new ArrayList<>();
            for (Coordinate c : cells.get(i).getExteriorRing().getCoordinates()) {
                ring.add(List.of(c.x, c.y));
            }
            features.add(feature(null, Map.of("type", "Polygon", "coordinates", List.of(ring)),
                    Map.of("zone", zone, "code", code, "status", statuses[i % statuses.length])));
        }
        return collection(features);
    }

    /** Squares with small gaps between them, as many as fit, shrinking the grid until there are enough. */
    private static List<Polygon> gridInside(Geometry boundary, int count) {
        Envelope box = boundary.getEnvelopeInternal();
        for (double side = box.getWidth() / 20; ; side *= 0.9) {
            double gap = side * 0.08;
            List<Polygon> cells = new ArrayList<>();
            for (double x = box.getMinX(); x + side <= box.getMaxX(); x += side) {
                for (double y = box.getMinY(); y + side <= box.getMaxY(); y += side) {
                    Polygon cell = Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(x + gap, y + gap),
                        new Coordinate(x + side - gap, y + gap), new Coordinate(x + side - gap, y + side - gap),
                        new Coordinate(x + gap, y + side - gap), new Coordinate(x + gap, y + gap)});
                    if (boundary.covers(cell)) {
                        cells.add(cell);
                    }
                }
            }
            if (cells.size() >= count) {
                return cells;
            }
        }
    }

    private static Map<String, Object> feature(String id, Map<String, Object> geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        if (id != null) {
            feature.put("id", id);
        }
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    private static Map<String, Object> collection(List<Map<String, Object>> features) {
        return Map.of("type", "FeatureCollection", "features", features);
    }
}
