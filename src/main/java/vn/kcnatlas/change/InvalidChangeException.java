package vn.kcnatlas.change;

import java.util.List;

/** A change refused because what it would write breaks a rule; nothing was written. {@code what}: "zone", "lot". */
public class InvalidChangeException extends RuntimeException {

    private final List<ChangeProblem> problems;

    public InvalidChangeException(String what, List<ChangeProblem> problems) {
        super("The " + what + " cannot be written: " + problems.getFirst().message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ChangeProblem> problems() {
        return problems;
    }
}
