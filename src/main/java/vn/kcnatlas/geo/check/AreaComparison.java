package vn.kcnatlas.geo.check;

import java.util.Locale;

/**
 * A boundary's geodesic area against the area declared for it (in the plan, by the surveyor).
 *
 * @param differenceHa geodesic minus declared
 * @param differencePct the difference as a percentage of the declared area, or null when that is 0
 * @param mismatch whether they differ by more than {@link #MISMATCH_TOLERANCE} of the declared area
 */
public record AreaComparison(double geodesicHa, double declaredHa, double differenceHa, Double differencePct,
        boolean mismatch) {

    /**
     * A boundary whose area is more than 10 % off the declared one is flagged: either the boundary is
     * rough (digitized from a small-scale map) or the declared figure belongs to another plan stage.
     */
    public static final double MISMATCH_TOLERANCE = 0.10;

    public static AreaComparison of(double geodesicHa, double declaredHa) {
        double difference = geodesicHa - declaredHa;
        return new AreaComparison(geodesicHa, declaredHa, difference,
                declaredHa == 0 ? null : 100 * difference / declaredHa,
                Math.abs(difference) > MISMATCH_TOLERANCE * declaredHa);
    }

    /** "the boundary measures 12.30 ha, 2.30 ha (23.0 %) more than the declared 10.00 ha". */
    public String describe() {
        String direction = differenceHa >= 0 ? "more" : "less";
        String pct = differencePct == null ? "" : String.format(Locale.ROOT, " (%.1f %%)", Math.abs(differencePct));
        return "the boundary measures " + Hectares.format(geodesicHa) + ", " + Hectares.format(Math.abs(differenceHa))
                + pct + " " + direction + " than the declared " + Hectares.format(declaredHa);
    }
}
