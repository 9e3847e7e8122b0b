package vn.kcnatlas.unit2025;

import java.util.Comparator;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.springframework.stereotype.Service;

/**
 * The one rule placing a zone in today's units: the commune holding most of its boundary, and that
 * commune's province; without a boundary (or outside every commune), no commune, and the province holding
 * the point the zone is marked at, which is its former district's label point while it has no boundary.
 * A commune is never made up from a district's label point: a district held several.
 */
@Service
public class UnitLocator {

    private final CurrentUnitRepository repository;

    UnitLocator(CurrentUnitRepository repository) {
        this.repository = repository;
    }

    public Placement place(MultiPolygon boundary, Point marker) {
        if (boundary != null) {
            Optional<Commune> holding = repository.communesMeeting(boundary.getEnvelopeInternal()).stream()
                    .map(c -> new Share(c, overlap(boundary, c.boundary())))
                    .filter(s -> s.area() > 0)
                    .max(Comparator.comparingDouble(Share::area)).map(Share::commune);
            if (holding.isPresent()) {
                return Placement.inCommune(holding.get(), UnitBasis.BOUNDARY);
            }
        }
        if (marker == null) {
            return Placement.NONE;
        }
        return repository.communesMeeting(marker.getEnvelopeInternal()).stream()
                .filter(c -> c.boundary().covers(marker)).findFirst()
                .map(c -> new Placement(null, c.provinceCode(), UnitBasis.LABEL_POINT)).orElse(Placement.NONE);
    }

    /** A planner's choice of commune, kept as such. */
    public Optional<Placement> chosen(String communeCode) {
        return repository.commune(communeCode).map(c -> Placement.inCommune(c, UnitBasis.PLANNER));
    }

    /** Areas in square degrees: enough to compare shares of one zone, which never spans many degrees. */
    private static double overlap(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
    }

    private record Share(Commune commune, double area) {
    }
}
