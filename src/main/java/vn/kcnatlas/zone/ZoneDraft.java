package vn.kcnatlas.zone;

import java.time.LocalDate;

import org.locationtech.jts.geom.Geometry;

import vn.kcnatlas.geo.Wgs84;

/**
 * A zone as a file or a request wrote it, before its province and district names are resolved to codes.
 *
 * @param province the province as written: a code or a name
 * @param district the district as written: a name with or without its unit ("H. Cao Lãnh"), or a code
 * @param geometry the boundary as given, checked but not yet normalized; null for none
 */
public record ZoneDraft(String code, String name, String nameInSource, ZoneKind kind, String province,
        String district, String commune, Lifecycle lifecycle, String decisionNumber, LocalDate decisionDate,
        Geometry geometry, BoundaryQuality boundaryQuality, LandFigures land, InvestmentCall investment,
        Provenance provenance, StaffOnly staffOnly) {

    public ZoneDraft {
        staffOnly = staffOnly == null ? StaffOnly.NONE : staffOnly;
    }

    /** A draft with nothing for staff only. */
    public ZoneDraft(String code, String name, String nameInSource, ZoneKind kind, String province, String district,
            String commune, Lifecycle lifecycle, String decisionNumber, LocalDate decisionDate, Geometry geometry,
            BoundaryQuality boundaryQuality, LandFigures land, InvestmentCall investment, Provenance provenance) {
        this(code, name, nameInSource, kind, province, district, commune, lifecycle, decisionNumber, decisionDate,
                geometry, boundaryQuality, land, investment, provenance, StaffOnly.NONE);
    }

    /** The zone this draft describes, placed in the resolved province and district. */
    public Zone toZone(String provinceCode, String districtCode) {
        return new Zone(code, name, nameInSource, kind, provinceCode, districtCode, commune, lifecycle,
                decisionNumber, decisionDate, geometry == null ? null : Wgs84.toMultiPolygon(geometry),
                boundaryQuality, land, investment, provenance, staffOnly, null);
    }
}
