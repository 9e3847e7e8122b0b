package vn.kcnatlas.report;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One row of the occupancy statistics: a group of zones, its figures and the targets set for it.
 *
 * @param units "former" for districts and provinces as the plans name them (before 1 July 2025), "current"
 *     for today's units, null for groups that are no place (kinds)
 * @param asOf the day the figures describe: the one asked for, else today
 */
public record OccupancyRow(String group, String groupName, String units, @JsonUnwrapped GroupFigures figures,
        LocalDate asOf, List<TargetView> targets) {
}
