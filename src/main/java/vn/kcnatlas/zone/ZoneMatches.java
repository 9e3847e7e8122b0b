package vn.kcnatlas.zone;

import java.util.List;

/**
 * The zones a query lists, and how many zones met every other condition but could not be judged by the
 * figure filter because a figure it looks at is unknown.
 *
 * @param unknown zones whose figure is unknown; listed in {@code zones} too when the filter includes them
 */
public record ZoneMatches(List<ZoneView> zones, int unknown) {
}
