package vn.kcnatlas.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;


/**
 * The rules a zone must keep whatever writes it, an import or an edit. The database enforces the same
 * rules as constraints; checking them here first lets us say which zone and which figure is wrong.
 */
public final class ZoneRules {

    public static final Pattern CODE = Pattern.compile("^(kcn|ccn)-[a-z0-9]+(-[a-z0-9]+)*$");

    private ZoneRules() {
    }

    /**
     * More hectares than Việt Nam has (331,000 km², about 33.1 million ha, with room to spare): no zone's
     * figure can be larger, whatever else is true of it.
     */
    static final double COUNTRY_HA = 34_000_000;

    /**
     * What is wrong with a zone's attributes, each naming its property first; {@link ZoneCheck} judges the
     * boundary.
     */
    public static List<String> problems(ZoneDraft zone) {
        List<String> problems = new ArrayList<>();
        if (zone.code() != null && !CODE.matcher(zone.code()).matches()) {
            problems.add("code '" + zone.code() + "' must be 'kcn-' or 'ccn-' followed by lower-case ASCII words"
                    + " joined by '-', e.g. kcn-tan-kieu");
        } else if (zone.code() != null && zone.kind() != null
                && !zone.code().startsWith(zone.kind().code().toLowerCase(java.util.Locale.ROOT) + "-")) {
            problems.add("code '" + zone.code() + "' must start with '" + zone.kind().code().toLowerCase(java.util.Locale.ROOT)
                    + "-' for a " + zone.kind().code());
        }
        LandFigures land = zone.land();
        atMost(problems, "leasableHa", land.leasableHa(), "areaHa", land.areaHa());
        atMost(problems, "clearedHa", land.clearedHa(), "areaHa", land.areaHa());
        atMost(problems, "leasedHa", land.leasedHa(), "leasableHa", land.leasableHa());
        atMost(problems, "leasedHa", land.leasedHa(), "areaHa", land.areaHa());
        if (land.areaHa() != null && land.areaHa() <= 0) {
            problems.add("areaHa must be more than 0");
        }
        withinCountry(problems, "areaHa", land.areaHa());
        withinCountry(problems, "leasableHa", land.leasableHa());
        withinCountry(problems, "clearedHa", land.clearedHa());
        withinCountry(problems, "leasedHa", land.leasedHa());
        InvestmentCall call = zone.investment();
        atMost(problems, "rentMinUsdM2", call.rentMinUsdM2(), "rentMaxUsdM2", call.rentMaxUsdM2());
        rentTermProblems(call, problems);
        if (zone.geometry() != null) {
            if (zone.boundaryQuality() == null) {
                problems.add("boundaryQuality is required with a boundary (surveyed, digitized or approximate)");
            }
        } else if (zone.boundaryQuality() != null) {
            problems.add("boundaryQuality is given but the zone has no boundary");
        }
        return problems;
    }

    private static void withinCountry(List<String> problems, String name, Double hectares) {
        if (hectares != null && hectares > COUNTRY_HA) {
            problems.add(name + " " + hectares + " ha is more than the whole of Việt Nam (about 33 million ha)");
        }
    }

    /** A rent's basis says what the price covers, so it goes with a price, and a lease's end with a lease. */
    private static void rentTermProblems(InvestmentCall call, List<String> problems) {
        boolean priced = call.rentMinUsdM2() != null || call.rentMaxUsdM2() != null;
        if (call.rentBasis() != null && !priced) {
            problems.add("rentBasis is given but there is no rent (rentMinUsdM2 or rentMaxUsdM2)");
        }
        if (call.rentUntilYear() == null) {
            return;
        }
        if (call.rentBasis() != RentBasis.LEASE_TERM) {
            problems.add("rentUntilYear (" + call.rentUntilYear() + ") is only for rentBasis 'lease_term', got "
                    + (call.rentBasis() == null ? "none" : "'" + call.rentBasis().code() + "'"));
        } else if (call.rentUntilYear() < 2000 || call.rentUntilYear() > 2200) {
            problems.add("rentUntilYear must be a year from 2000 to 2200, got " + call.rentUntilYear());
        }
    }

    private static void atMost(List<String> problems, String name, Double value, String limitName, Double limit) {
        if (value != null && limit != null && value > limit) {
            problems.add(name + " (" + value + ") cannot exceed " + limitName + " (" + limit + ")");
        }
    }
}
