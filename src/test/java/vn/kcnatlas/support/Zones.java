package vn.kcnatlas.support;

import java.time.LocalDate;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.zone.BoundaryQuality;
import vn.kcnatlas.zone.ClearanceStatus;
import vn.kcnatlas.zone.InvestmentCall;
import vn.kcnatlas.zone.InvestmentStatus;
import vn.kcnatlas.zone.LandFigures;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.Provenance;
import vn.kcnatlas.zone.Zone;
import vn.kcnatlas.zone.ZoneKind;

/** Zones and shapes for tests. */
public final class Zones {

    private Zones() {
    }

    /** A square of about {@code sideMetres} on a side, centred on a point. */
    public static MultiPolygon square(double lon, double lat, double sideMetres) {
        double dLat = sideMetres / 2 / 110_574.0;
        double dLon = sideMetres / 2 / (111_320.0 * Math.cos(Math.toRadians(lat)));
        Polygon polygon = Wgs84.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(lon - dLon, lat - dLat), new Coordinate(lon + dLon, lat - dLat),
            new Coordinate(lon + dLon, lat + dLat), new Coordinate(lon - dLon, lat + dLat),
            new Coordinate(lon - dLon, lat - dLat)});
        return Wgs84.toMultiPolygon(polygon);
    }

    /** A planned zone in the Cao Lãnh fixture district, with a 1 km square boundary at the given point. */
    public static Zone zone(String code, String name, ZoneKind kind, double lon, double lat) {
        return new Zone(code, name, null, kind, "dong-thap", "dong-thap.huyen-cao-lanh", "Ba Sao", Lifecycle.PLANNED,
                "QĐ 1/2022", LocalDate.of(2022, 3, 1), square(lon, lat, 1000), BoundaryQuality.APPROXIMATE,
                new LandFigures(100.0, 70.0, ClearanceStatus.IN_PROGRESS, 20.0, 10.0),
                new InvestmentCall(InvestmentStatus.SEEKING_TENANTS, "Công ty Phát triển Hạ tầng", "0277 000 000",
                        30.0, 45.0),
                new Provenance("test fixture", List.of("plan-1"), LocalDate.of(2022, 12, 31)), null);
    }
}
