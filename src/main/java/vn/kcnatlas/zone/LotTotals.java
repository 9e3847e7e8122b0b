package vn.kcnatlas.zone;

/** The lots of one zone summed by status, in hectares. */
public record LotTotals(int count, double totalHa, double leasedHa, double reservedHa, double availableHa) {

    public static final LotTotals NONE = new LotTotals(0, 0, 0, 0, 0);
}
