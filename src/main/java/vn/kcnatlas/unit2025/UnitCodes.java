package vn.kcnatlas.unit2025;

import java.util.Set;

/** The codes of today's units as imported, to check the codes a request names against. */
public record UnitCodes(Set<String> communes, Set<String> provinces) {

    public UnitCodes {
        communes = Set.copyOf(communes);
        provinces = Set.copyOf(provinces);
    }
}
