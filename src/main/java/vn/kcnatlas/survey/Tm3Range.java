package vn.kcnatlas.survey;

import java.util.Locale;
import java.util.Optional;

/**
 * Where VN-2000 TM-3 coordinates of a place in Vietnam can be, whichever the zone: northings of latitudes
 * 6°–24°N, and eastings within 250 km of the central meridian (a TM-3 zone is 3° wide, about ±165 km; the
 * rest leaves room for a province beyond its zone's edge). Anything else is another CRS, a typo, or x and y
 * swapped — which is worth saying, since surveyors write the northing first and GIS software the easting.
 */
final class Tm3Range {

    static final double MIN_NORTHING = 650_000;
    static final double MAX_NORTHING = 2_700_000;
    static final double MIN_EASTING = 250_000;
    static final double MAX_EASTING = 750_000;
    private static final String NORTHINGS = range(MIN_NORTHING, MAX_NORTHING);
    private static final String EASTINGS = range(MIN_EASTING, MAX_EASTING);

    private Tm3Range() {
    }

    /** What is wrong with a row's x and y, if anything: a problem and the column it is in. */
    static Optional<Implausible> check(double northing, double easting) {
        boolean northingFits = isNorthing(northing);
        boolean eastingFits = isEasting(easting);
        if (northingFits && eastingFits) {
            return Optional.empty();
        }
        if (isNorthing(easting) && isEasting(northing)) {
            return Optional.of(new Implausible("x", "x and y look swapped: x is the northing (" + NORTHINGS
                    + "), y the easting (" + EASTINGS + ")"));
        }
        if (!northingFits) {
            return Optional.of(new Implausible("x", "northing " + metres(northing) + " is not a TM-3 northing in"
                    + " Vietnam (" + NORTHINGS + ")"));
        }
        return Optional.of(new Implausible("y", "easting " + metres(easting) + " is not a TM-3 easting in Vietnam ("
                + EASTINGS + ")"));
    }

    record Implausible(String column, String detail) {
    }

    private static boolean isNorthing(double value) {
        return value >= MIN_NORTHING && value <= MAX_NORTHING;
    }

    private static boolean isEasting(double value) {
        return value >= MIN_EASTING && value <= MAX_EASTING;
    }

    private static String range(double min, double max) {
        return String.format(Locale.ROOT, "%,.0f–%,.0f m", min, max);
    }

    static String metres(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
