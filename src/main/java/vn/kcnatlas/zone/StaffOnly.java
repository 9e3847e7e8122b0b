package vn.kcnatlas.zone;

/**
 * What only signed-in staff read about a zone: the team's working notes, and whether its contact is for
 * officials only. Every public output (the API without a login, OGC API, GetFeatureInfo, tiles) leaves
 * them out: see {@link Readers}.
 *
 * @param notes free text for planners and officials, or null
 * @param contactInternal whether the zone's contact is for officials only, not for investors
 */
public record StaffOnly(String notes, boolean contactInternal) {

    public static final StaffOnly NONE = new StaffOnly(null, false);
}
