package vn.kcnatlas.survey;

import java.util.List;

/**
 * A marker file refused, with every problem found (up to {@link #MAX_REPORTED}) and where it is. The one
 * failure reading and checking a marker file can end in.
 */
final class SurveyFileException extends RuntimeException {

    /** Enough to fix a file in one pass without an answer the size of the file. */
    static final int MAX_REPORTED = 50;

    private final transient List<SurveyProblem> problems;
    private final int total;
    private final boolean tooLarge;

    private SurveyFileException(List<SurveyProblem> problems, int total, boolean tooLarge) {
        super(summary(problems, total));
        this.problems = List.copyOf(problems);
        this.total = total;
        this.tooLarge = tooLarge;
    }

    /**
     * @param problems the first problems found, in file order
     * @param total how many there are in all
     */
    static SurveyFileException invalid(List<SurveyProblem> problems, int total) {
        return new SurveyFileException(problems, total, false);
    }

    static SurveyFileException invalid(SurveyProblem problem) {
        return invalid(List.of(problem), 1);
    }

    /** The file is beyond a documented limit of size. */
    static SurveyFileException tooLarge(SurveyProblem problem) {
        return new SurveyFileException(List.of(problem), 1, true);
    }

    List<SurveyProblem> problems() {
        return problems;
    }

    /** How many problems there are, counting those past the ones reported. */
    int total() {
        return total;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    private static String summary(List<SurveyProblem> problems, int total) {
        String first = problems.getFirst().describe();
        return total == 1 ? first : first + " (and " + (total - 1) + " more " + (total == 2 ? "problem" : "problems")
                + ")";
    }
}
