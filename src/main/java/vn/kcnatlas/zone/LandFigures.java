package vn.kcnatlas.zone;

/**
 * The land of a zone in hectares, as declared: its area, what can be leased, what has been cleared and
 * what is leased. Any figure may be unknown (null).
 */
public record LandFigures(Double areaHa, Double leasableHa, ClearanceStatus clearanceStatus, Double clearedHa,
        Double leasedHa) {

    public LandFigures {
        if (clearanceStatus == null) {
            throw new IllegalArgumentException("clearanceStatus is required");
        }
    }
}
