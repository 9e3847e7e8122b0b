package vn.kcnatlas.unit2025;

/**
 * What a zone's row stores about today's units: the codes and how they were found. {@link #NONE} when
 * nothing places it.
 */
public record Placement(String communeCode, String provinceCode, UnitBasis basis) {

    public static final Placement NONE = new Placement(null, null, null);

    static Placement inCommune(Commune commune, UnitBasis basis) {
        return new Placement(commune.code(), commune.provinceCode(), basis);
    }
}
