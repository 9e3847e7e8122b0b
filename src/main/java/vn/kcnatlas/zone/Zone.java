package vn.kcnatlas.zone;

import java.time.LocalDate;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * An industrial zone or cluster as the registry holds it.
 *
 * @param code a stable ASCII slug such as {@code kcn-tan-kieu}
 * @param nameInSource the name as the planning document wrote it, which may differ in spelling
 * @param boundary null while a planned zone has no drawn boundary
 * @param boundaryQuality null exactly when the boundary is null
 * @param staffOnly what only signed-in staff read
 * @param revision null for a zone not yet stored
 */
public record Zone(String code, String name, String nameInSource, ZoneKind kind, String provinceCode,
        String districtCode, String commune, Lifecycle lifecycle, String decisionNumber, LocalDate decisionDate,
        MultiPolygon boundary, BoundaryQuality boundaryQuality, LandFigures land, InvestmentCall investment,
        Provenance provenance, StaffOnly staffOnly, Revision revision) {

    public Zone {
        staffOnly = staffOnly == null ? StaffOnly.NONE : staffOnly;
    }

    /** A zone with nothing for staff only. */
    public Zone(String code, String name, String nameInSource, ZoneKind kind, String provinceCode,
            String districtCode, String commune, Lifecycle lifecycle, String decisionNumber, LocalDate decisionDate,
            MultiPolygon boundary, BoundaryQuality boundaryQuality, LandFigures land, InvestmentCall investment,
            Provenance provenance, Revision revision) {
        this(code, name, nameInSource, kind, provinceCode, districtCode, commune, lifecycle, decisionNumber,
                decisionDate, boundary, boundaryQuality, land, investment, provenance, StaffOnly.NONE, revision);
    }

    public Zone withRevision(Revision newRevision) {
        return new Zone(code, name, nameInSource, kind, provinceCode, districtCode, commune, lifecycle,
                decisionNumber, decisionDate, boundary, boundaryQuality, land, investment, provenance, staffOnly,
                newRevision);
    }

    public Zone withBoundary(MultiPolygon newBoundary) {
        return new Zone(code, name, nameInSource, kind, provinceCode, districtCode, commune, lifecycle,
                decisionNumber, decisionDate, newBoundary, boundaryQuality, land, investment, provenance, staffOnly,
                revision);
    }

    public Zone withLand(LandFigures newLand) {
        return new Zone(code, name, nameInSource, kind, provinceCode, districtCode, commune, lifecycle,
                decisionNumber, decisionDate, boundary, boundaryQuality, newLand, investment, provenance, staffOnly,
                revision);
    }

    /** Whether two zones say the same thing, ignoring their revisions. */
    public boolean sameContentAs(Zone other) {
        // JTS geometries compare with equalsExact in equals(), so the record's equals covers boundaries.
        return withRevision(null).equals(other.withRevision(null));
    }
}
