package vn.kcnatlas.change;

import java.util.Collection;

/** What writing a batch of imported features did. */
public record Imported(int created, int updated, int unchanged) {

    /** What writing one feature did. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    public static Imported of(Collection<Outcome> outcomes) {
        return new Imported(count(outcomes, Outcome.CREATED), count(outcomes, Outcome.UPDATED),
                count(outcomes, Outcome.UNCHANGED));
    }

    private static int count(Collection<Outcome> outcomes, Outcome outcome) {
        return (int) outcomes.stream().filter(outcome::equals).count();
    }
}
