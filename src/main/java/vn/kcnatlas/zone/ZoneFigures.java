package vn.kcnatlas.zone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.check.AreaComparison;
import vn.kcnatlas.zone.FigureSource.Basis;

/**
 * The figures investors and officials read off a zone, derived from its declared land figures, its
 * surveyed lots and its latest report, each with what it stands on.
 *
 * <ul>
 * <li>leasable, leased and occupancy by {@link Occupancy}'s rule (illustrative lots never count);</li>
 * <li>available = leasable − leased;</li>
 * <li>the geometric area of the boundary, measured on the ellipsoid, and whether it differs from the
 * declared area by more than {@link AreaComparison#MISMATCH_TOLERANCE} of it, the rule a write's
 * validation warns by too.</li>
 * </ul>
 *
 * @param sources what each figure that is known stands on, by its property name in the API
 */
public record ZoneFigures(Double leasableHa, Double leasedHa, Double availableHa, Double occupancyPct,
        OccupancyBasis occupancyBasis, LocalDate occupancyAsOf, Double geometricAreaHa, boolean areaMismatch,
        LotTotals lots, Map<String, FigureSource> sources) {

    public ZoneFigures {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    public static ZoneFigures of(Zone zone, LotTotals lots, ReportedOccupancy reported) {
        LandFigures land = zone.land();
        FigureSource declared = declared(zone);
        FigureSource fromLots = new FigureSource(Basis.LOTS, lots.asOf(), List.of(), null);
        boolean summable = lots.sourcedCount() > 0;
        Map<String, FigureSource> sources = new LinkedHashMap<>();

        declare(sources, "areaHa", land.areaHa(), declared);
        declare(sources, "clearedHa", land.clearedHa(), declared);
        declare(sources, "rentMinUsdM2", zone.investment().rentMinUsdM2(), declared);
        declare(sources, "rentMaxUsdM2", zone.investment().rentMaxUsdM2(), declared);
        if (summable) {
            sources.put("lotsHa", fromLots);
            sources.put("lotsLeasedHa", fromLots);
            sources.put("lotsAvailableHa", fromLots);
        }
        Occupancy occupancy = Occupancy.of(land.leasableHa(), land.leasedHa(), declared.asOf(), lots, reported);
        Double leasable = occupancy.leasableHa();
        Double leased = occupancy.leasedHa();
        declare(sources, "leasableHa", leasable, land.leasableHa() != null ? declared : fromLots);
        if (occupancy.leasedReported()) {
            sources.put("leasedHa", reportedSource(reported));
        } else {
            declare(sources, "leasedHa", leased, land.leasedHa() != null ? declared : fromLots);
        }

        Double available = null;
        if (leasable != null && leased != null) {
            available = Math.max(0, leasable - leased);
            sources.put("availableHa", FigureSource.derivedFrom(sources.get("leasableHa"), sources.get("leasedHa")));
        }
        if (occupancy.basis() == OccupancyBasis.LEASED_AREA) {
            FigureSource derived = FigureSource.derivedFrom(sources.get("leasableHa"), sources.get("leasedHa"));
            // A report's leased area was checked against the leasable area the zone had when it was entered:
            // the rate it makes describes the report's day, however old the leasable area's document is.
            sources.put("occupancyPct", occupancy.leasedReported() ? new FigureSource(Basis.DERIVED,
                    reported.asOf(), derived.sourceIds(), derived.enteredBy()) : derived);
        } else if (occupancy.basis() == OccupancyBasis.REPORTED) {
            sources.put("occupancyPct", reportedSource(reported));
        }

        Double geometric = zone.boundary() == null ? null : GeodesicArea.hectares(zone.boundary());
        declare(sources, "geometricAreaHa", geometric,
                new FigureSource(Basis.MEASURED, declared.asOf(), declared.sourceIds(), declared.enteredBy()));
        boolean mismatch = geometric != null && land.areaHa() != null
                && AreaComparison.of(geometric, land.areaHa()).mismatch();
        FigureSource occupancySource = sources.get("occupancyPct");
        return new ZoneFigures(leasable, leased, available, occupancy.pct(), occupancy.basis(),
                occupancySource == null ? null : occupancySource.asOf(), geometric, mismatch, lots, sources);
    }

    /**
     * The occupancy rate of a leased area in a leasable one, in percent: the one rule for zones, their
     * reports and groups of zones alike.
     */
    public static double occupancy(double leasedHa, double leasableHa) {
        return 100 * leasedHa / leasableHa;
    }

    private static FigureSource reportedSource(ReportedOccupancy reported) {
        return new FigureSource(Basis.REPORTED, reported.asOf(),
                reported.sourceId() == null ? List.of() : List.of(reported.sourceId()),
                reported.sourceId() == null ? reported.enteredBy() : null);
    }

    /**
     * What the zone's own figures stand on: its documents and the date they describe; failing those, who
     * entered them and when.
     */
    private static FigureSource declared(Zone zone) {
        Provenance provenance = zone.provenance();
        Revision revision = zone.revision();
        LocalDate asOf = revision == null ? provenance.asOf() : declaredAsOf(provenance.asOf(), revision.updatedAt());
        String enteredBy = provenance.sourceIds().isEmpty() && revision != null ? revision.updatedBy() : null;
        return new FigureSource(Basis.DECLARED, asOf, provenance.sourceIds(), enteredBy);
    }

    /**
     * The day a stored zone's own figures describe: the day its documents give, failing that the day they were
     * entered.
     */
    public static LocalDate declaredAsOf(LocalDate documentsAsOf, Instant updatedAt) {
        return documentsAsOf != null ? documentsAsOf : LocalDate.ofInstant(updatedAt, ZoneOffset.UTC);
    }

    private static void declare(Map<String, FigureSource> sources, String name, Double value, FigureSource source) {
        if (value != null) {
            sources.put(name, source);
        }
    }
}
