package vn.kcnatlas.zone;

import java.util.ArrayList;
import java.util.List;

/**
 * The zones a query lists, and how many zones met every other condition but could not be judged by the
 * figure filter because a figure it looks at is unknown.
 *
 * @param unknown zones whose figure is unknown; listed in {@code zones} too when the filter includes them
 */
public record ZoneMatches(List<ZoneView> zones, int unknown) {

    /** Applies a figure filter to the zones that met every other condition. */
    static ZoneMatches filter(List<ZoneView> views, FigureFilter filter) {
        if (!filter.active()) {
            return new ZoneMatches(views, 0);
        }
        List<ZoneView> listed = new ArrayList<>();
        int unknown = 0;
        for (ZoneView view : views) {
            FigureFilter.Outcome outcome = filter.test(view.figures());
            if (outcome == FigureFilter.Outcome.UNKNOWN) {
                unknown++;
            }
            if (filter.lists(outcome)) {
                listed.add(view);
            }
        }
        return new ZoneMatches(listed, unknown);
    }
}
