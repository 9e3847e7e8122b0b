package vn.kcnatlas.change;

import java.util.ArrayList;
import java.util.List;

import vn.kcnatlas.geo.check.GeometryValidation;
import vn.kcnatlas.geo.check.Repair;

/**
 * Whether a writer asked for its boundary to be mended rather than refused ({@code ?repair=true}), and
 * what reading it already mended: rings closed by repeating their first position, named by pointer.
 */
public record BoundaryRepair(boolean requested, List<String> closedRings) {

    /** Refuse every fault: imports, reverts, and writes that did not ask. */
    public static final BoundaryRepair NONE = new BoundaryRepair(false, List.of());

    public BoundaryRepair {
        closedRings = List.copyOf(closedRings);
    }

    /** The validation of a boundary, with the rings closed while reading reported beside the other repairs. */
    public GeometryValidation reported(GeometryValidation validation) {
        if (closedRings.isEmpty() || !validation.valid()) {
            return validation;
        }
        List<String> changes = new ArrayList<>(closedRings.stream()
                .map(ring -> "closed ring " + ring + " by repeating its first position").toList());
        Repair fixed = validation.repair();
        if (fixed != null) {
            changes.addAll(fixed.changes());
        }
        Repair repair = fixed == null ? new Repair(changes, null, null)
                : new Repair(changes, fixed.before(), fixed.after());
        return new GeometryValidation(validation.geometry(), validation.problems(), validation.unreportedProblems(),
                validation.warnings(), repair, validation.areaHa(), validation.area());
    }
}
