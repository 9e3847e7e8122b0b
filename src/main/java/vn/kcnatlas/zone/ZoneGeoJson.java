package vn.kcnatlas.zone;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.geo.Parsed;
import vn.kcnatlas.geo.PropertyReader;
import vn.kcnatlas.unit2025.CurrentUnits;

/**
 * Zones as GeoJSON features. One format serves the API, exports, the audit history and imports, so a
 * zone exported from one server imports into another unchanged.
 */
public final class ZoneGeoJson {

    /** What an import or an edit may set. */
    static final Set<String> WRITABLE = Set.of("code", "name", "nameInSource", "kind", "province", "provinceCode",
            "district", "districtCode", "commune", "lifecycle", "decisionNumber", "decisionDate", "boundaryQuality",
            "areaHa", "leasableHa", "clearanceStatus", "clearedHa", "leasedHa", "investmentStatus", "developer",
            "contact", Readers.CONTACT_ID, "rentMinUsdM2", "rentMaxUsdM2", "rentBasis", "rentUntilYear", "source",
            "sourceIds", "asOf", Readers.NOTES,
            Readers.CONTACT_INTERNAL);

    /** What the server computes or keeps itself; accepted on input (an export) and ignored. */
    static final Set<String> SERVER_MANAGED = Set.of("version", "updatedAt", "updatedBy", "hasBoundary",
            "availableHa", "occupancyPct", "occupancyBasis", "occupancyAsOf", "geometricAreaHa", "areaMismatch",
            "lotCount", "illustrativeLotCount", "lotsHa", "lotsLeasedHa", "lotsAvailableHa", "markerPoint",
            "figureSources", "editedAt", "editedBy", ZoneUnitPlacement.PROPERTY, "commune2025Name", "province2025Code",
            "province2025Name", "unit2025Basis");

    /** Every property a zone feature may carry. */
    static final Set<String> KNOWN = union(WRITABLE, SERVER_MANAGED);

    private ZoneGeoJson() {
    }

    /** The zone as the public reads it: stored facts, place names and derived figures, nothing for staff only. */
    public static GeoJsonFeature feature(ZoneView view) {
        return feature(view, Readers.PUBLIC);
    }

    /** The zone as the API serves it to these readers: stored facts, place names and derived figures. */
    public static GeoJsonFeature feature(ZoneView view, Readers readers) {
        Zone zone = view.zone();
        ZoneFigures figures = view.figures();
        Map<String, Object> p = facts(zone);
        readers.redact(p);
        p.put("province", view.place().provinceName());
        p.put("district", view.place().districtName());
        CurrentUnits current = view.place().current();
        p.put(ZoneUnitPlacement.PROPERTY, current.communeCode());
        p.put("commune2025Name", current.communeName());
        p.put("province2025Code", current.provinceCode());
        p.put("province2025Name", current.provinceName());
        p.put("unit2025Basis", current.basis() == null ? null : current.basis().code());
        p.put("hasBoundary", zone.boundary() != null);
        FigureSource leased = figures.sources().get("leasedHa");
        if (leased != null && leased.basis() == FigureSource.Basis.REPORTED) {
            // A later periodic report's leased area is the zone's now, as its figureSources entry says.
            p.put("leasedHa", round(figures.leasedHa()));
        }
        p.put("availableHa", round(figures.availableHa()));
        p.put("occupancyPct", round(figures.occupancyPct()));
        p.put("occupancyBasis", figures.occupancyBasis() == null ? null : figures.occupancyBasis().code());
        p.put("occupancyAsOf", text(figures.occupancyAsOf()));
        p.put("geometricAreaHa", round(figures.geometricAreaHa()));
        p.put("areaMismatch", figures.areaMismatch());
        LotTotals lots = figures.lots();
        boolean summed = lots.sourcedCount() > 0;
        p.put("lotCount", lots.count());
        p.put("illustrativeLotCount", lots.illustrativeCount());
        p.put("lotsHa", summed ? round(lots.totalHa()) : null);
        p.put("lotsLeasedHa", summed ? round(lots.leasedHa()) : null);
        p.put("lotsAvailableHa", summed ? round(lots.availableHa()) : null);
        Point marker = view.place().markerPoint();
        p.put("markerPoint", marker == null ? null : List.of(round(marker.getX(), 6), round(marker.getY(), 6)));
        p.put("figureSources", figureSources(figures));
        // "Last updated" means a person's edit or an import of new facts; loading the seed is neither.
        boolean edited = zone.revision() != null && zone.revision().isEdit();
        p.put("editedAt", edited ? zone.revision().updatedAt().toString() : null);
        p.put("editedBy", edited ? zone.revision().updatedBy() : null);
        return new GeoJsonFeature(zone.code(), zone.boundary(), p);
    }

    private static Map<String, Object> figureSources(ZoneFigures figures) {
        Map<String, Object> sources = new LinkedHashMap<>();
        figures.sources().forEach((name, source) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("basis", source.basis().code());
            s.put("asOf", text(source.asOf()));
            s.put("sourceIds", source.sourceIds());
            s.put("enteredBy", source.enteredBy());
            sources.put(name, s);
        });
        return sources;
    }

    /** A stored feature (a version the history kept) with what these readers may not see taken out. */
    public static Map<String, Object> forReaders(Map<String, Object> storedFeature, Readers readers) {
        Map<String, Object> copy = new LinkedHashMap<>(storedFeature);
        if (copy.get("properties") instanceof Map<?, ?> properties) {
            @SuppressWarnings("unchecked")
            Map<String, Object> redacted = new LinkedHashMap<>((Map<String, Object>) properties);
            readers.redact(redacted);
            copy.put("properties", redacted);
        }
        return copy;
    }

    /** The zone as stored, with codes and revision but nothing derived: what the audit history keeps. */
    public static GeoJsonFeature storedFeature(Zone zone) {
        return new GeoJsonFeature(zone.code(), zone.boundary(), facts(zone));
    }

    private static Map<String, Object> facts(Zone zone) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", zone.code());
        p.put("name", zone.name());
        p.put("nameInSource", zone.nameInSource());
        p.put("kind", zone.kind().code());
        p.put("provinceCode", zone.provinceCode());
        p.put("districtCode", zone.districtCode());
        p.put("commune", zone.commune());
        p.put("lifecycle", zone.lifecycle().code());
        p.put("decisionNumber", zone.decisionNumber());
        p.put("decisionDate", text(zone.decisionDate()));
        p.put("boundaryQuality", zone.boundaryQuality() == null ? null : zone.boundaryQuality().code());
        LandFigures land = zone.land();
        p.put("areaHa", land.areaHa());
        p.put("leasableHa", land.leasableHa());
        p.put("leasedHa", land.leasedHa());
        p.put("clearanceStatus", land.clearanceStatus().code());
        p.put("clearedHa", land.clearedHa());
        InvestmentCall call = zone.investment();
        p.put("investmentStatus", call.status().code());
        p.put("developer", call.developer());
        p.put("contact", call.contact());
        p.put(Readers.CONTACT_ID, call.contactId());
        p.put("rentMinUsdM2", call.rentMinUsdM2());
        p.put("rentMaxUsdM2", call.rentMaxUsdM2());
        p.put("rentBasis", call.rentBasis() == null ? null : call.rentBasis().code());
        p.put("rentUntilYear", call.rentUntilYear());
        p.put("source", zone.provenance().source());
        p.put("sourceIds", zone.provenance().sourceIds());
        p.put("asOf", text(zone.provenance().asOf()));
        p.put(Readers.NOTES, zone.staffOnly().notes());
        p.put(Readers.CONTACT_INTERNAL, zone.staffOnly().contactInternal());
        if (zone.revision() != null) {
            p.put("version", zone.revision().version());
            p.put("updatedAt", zone.revision().updatedAt().toString());
            p.put("updatedBy", zone.revision().updatedBy());
        }
        return p;
    }

    /** The code of the zone a feature describes: its code property, else its id; null when it has neither. */
    public static String codeOf(String featureId, JsonNode properties) {
        String code = new PropertyReader(properties).text("code");
        return code != null ? code : featureId;
    }

    /**
     * Reads a zone from a feature's properties and geometry.
     *
     * @param featureId the feature's id member, which may stand for the code
     */
    public static Parsed<ZoneDraft> read(String featureId, JsonNode properties, Geometry geometry) {
        PropertyReader in = new PropertyReader(properties);
        String code = in.text("code");
        if (code == null) {
            code = featureId;
        } else if (featureId != null && !featureId.equals(code)) {
            in.problem("code '" + code + "' differs from the feature id '" + featureId + "'");
        }
        if (code == null) {
            in.problem("code is required (as the feature id or a 'code' property)");
        }
        String name = in.requiredText("name");
        ZoneKind kind = in.code("kind", ZoneKind.class, true);
        String province = firstOf(in, "provinceCode", "province");
        String district = firstOf(in, "districtCode", "district");
        if (province == null) {
            in.problem("province is required (a name such as 'Đồng Tháp', or provinceCode)");
        }
        if (district == null) {
            in.problem("district is required (a name such as 'H. Cao Lãnh', or districtCode)");
        }
        Lifecycle lifecycle = in.code("lifecycle", Lifecycle.class, true);
        ClearanceStatus clearance = in.code("clearanceStatus", ClearanceStatus.class, true);
        InvestmentStatus investment = in.code("investmentStatus", InvestmentStatus.class, true);
        BoundaryQuality quality = in.code("boundaryQuality", BoundaryQuality.class, false);
        Double area = in.number("areaHa", 0);
        Double leasable = in.number("leasableHa", 0);
        Double cleared = in.number("clearedHa", 0);
        Double leased = in.number("leasedHa", 0);
        Double rentMin = in.number("rentMinUsdM2", 0);
        Double rentMax = in.number("rentMaxUsdM2", 0);
        RentBasis rentBasis = in.code("rentBasis", RentBasis.class, false);
        Double rentUntilYear = in.number("rentUntilYear", 0);
        if (rentUntilYear != null && rentUntilYear != Math.rint(rentUntilYear)) {
            in.problem("rentUntilYear must be a whole year, got " + rentUntilYear);
        }
        LocalDate decisionDate = in.date("decisionDate");
        LocalDate asOf = in.date("asOf");
        List<String> sourceIds = in.textList("sourceIds");
        String notes = in.text(Readers.NOTES);
        Boolean contactInternal = in.bool(Readers.CONTACT_INTERNAL);
        Set<String> ignored = in.unknownProperties(KNOWN);
        // Every property is read before the problems are looked at, so that each one's are among them.
        String nameInSource = in.text("nameInSource");
        String commune = in.text("commune");
        String decisionNumber = in.text("decisionNumber");
        String developer = in.text("developer");
        String contact = in.text("contact");
        String contactId = in.text(Readers.CONTACT_ID);
        String source = in.text("source");

        if (!in.problems().isEmpty()) {
            return new Parsed<>(null, in.problems(), ignored);
        }
        ZoneDraft draft = new ZoneDraft(code, name, nameInSource, kind, province, district,
                commune, lifecycle, decisionNumber, decisionDate, geometry, quality,
                new LandFigures(area, leasable, clearance, cleared, leased),
                new InvestmentCall(investment, developer, contact, contactId,
                        rentMin, rentMax, rentBasis, rentUntilYear == null ? null : rentUntilYear.intValue()),
                new Provenance(source, sourceIds, asOf),
                new StaffOnly(notes, Boolean.TRUE.equals(contactInternal)));
        return new Parsed<>(draft, ZoneRules.problems(draft), ignored);
    }

    private static String firstOf(PropertyReader in, String preferred, String fallback) {
        String value = in.text(preferred);
        return value != null ? value : in.text(fallback);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Double round(Double value) {
        return value == null ? null : round(value, 2);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
