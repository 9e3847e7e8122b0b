package vn.kcnatlas.unit2025;

/**
 * Where a zone lies in today's units, with names for readers. All null for a zone the imported units do
 * not place (none imported, or outside them).
 *
 * @param communeName the commune's full name, "Xã Mỹ Quí"; null with the code
 */
public record CurrentUnits(String communeCode, String communeName, String provinceCode, String provinceName,
        UnitBasis basis) {

    public static final CurrentUnits NONE = new CurrentUnits(null, null, null, null, null);
}
