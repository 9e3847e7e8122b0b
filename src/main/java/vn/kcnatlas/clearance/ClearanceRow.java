package vn.kcnatlas.clearance;

import java.time.LocalDate;

/**
 * How long a zone has been in its land clearance status at the end of a day.
 *
 * @param clearanceStatus not_started, in_progress or completed, as the zone stood that day
 * @param since the day it entered that status; when {@code sinceKnown} is false, the day its first record
 *     describes, meaning "at least since"; null when even that is after the day asked for
 * @param sinceKnown whether the history shows the change into the status; false when the status is
 *     unchanged since the zone's first record
 * @param days whole days from {@code since} to the day asked for; null with {@code since}
 * @param districtName the former district (before 1 July 2025) the plans name
 * @param commune2025Name the commune the zone lies in today, null while unknown
 * @param province2025Name the province today, null while unknown
 */
public record ClearanceRow(String code, String name, String kind, String districtName, String commune2025Name,
        String province2025Name, String clearanceStatus, LocalDate since, boolean sinceKnown, Long days) {
}
