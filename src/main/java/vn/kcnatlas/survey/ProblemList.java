package vn.kcnatlas.survey;

import java.util.ArrayList;
import java.util.List;

/** The problems of a file as they are found: all counted, the first {@link SurveyFileException#MAX_REPORTED} kept. */
final class ProblemList {

    private final List<SurveyProblem> kept = new ArrayList<>();
    private int total;

    void add(SurveyProblem problem) {
        total++;
        if (kept.size() < SurveyFileException.MAX_REPORTED) {
            kept.add(problem);
        }
    }

    int total() {
        return total;
    }

    /** @throws SurveyFileException with the problems, if there are any */
    void throwIfAny() {
        if (total > 0) {
            throw SurveyFileException.invalid(kept, total);
        }
    }
}
