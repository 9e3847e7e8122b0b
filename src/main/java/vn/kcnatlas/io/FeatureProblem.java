package vn.kcnatlas.io;

/**
 * Something wrong with one feature of an import file, or with the whole file when {@code index} is null.
 *
 * @param index the feature's position in the file, from 1
 */
public record FeatureProblem(Integer index, String id, String name, String message) {

    static FeatureProblem of(SourceFeature feature, String message) {
        return new FeatureProblem(feature.index(), feature.id(), feature.name(), message);
    }

    static FeatureProblem ofFile(String message) {
        return new FeatureProblem(null, null, null, message);
    }

    /** One line for a terminal: "feature 3 (kcn-x, 'Tân Kiều'): geometry is invalid ...". */
    public String describe() {
        if (index == null) {
            return message;
        }
        StringBuilder label = new StringBuilder("feature ").append(index);
        if (id != null || name != null) {
            label.append(" (");
            label.append(id == null ? "" : id);
            label.append(id != null && name != null ? ", " : "");
            label.append(name == null ? "" : "'" + name + "'");
            label.append(")");
        }
        return label + ": " + message;
    }
}
