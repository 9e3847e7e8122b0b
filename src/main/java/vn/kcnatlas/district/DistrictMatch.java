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

    static DistrictMatch ambiguous(String written, List<District> candidates) {
        return notFound("district '" + written + "' is ambiguous: it could be "
                + String.join(" or ", candidates.stream().map(District::displayName).toList())
                + "; write the unit (H., TP, TX) or use districtCode");
    }

    public boolean found() {
        return district != null;
    }
}
