package vn.kcnatlas.district;

import java.util.List;

/**
 * The outcome of looking up a district by how someone wrote it: the one district meant, or why there
 * is none (nothing matched, or several did).
 */
public record DistrictMatch(District district, String problem) {

    static DistrictMatch found(District district) {
        return new DistrictMatch(district, null);
    }

    static DistrictMatch notFound(String problem) {
        return new DistrictMatch(null, problem);
    }

    /**
     * @param candidates how to name each district it could be, e.g. "H. Châu Thành (Kiên Giang)"
     */
    static DistrictMatch ambiguous(String written, List<String> candidates) {
        return notFound("district '" + written + "' is ambiguous: it could be " + String.join(" or ", candidates)
                + "; write the unit (H., TP, TX), give the province, or use districtCode");
    }

    public boolean found() {
        return district != null;
    }
}
