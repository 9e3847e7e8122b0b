package vn.kcnatlas.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One row of the occupancy statistics: a group of zones, its figures and the targets set for it.
 *
 * @param units "former" for the units the plans name (districts, provinces before 1 July 2025), "current"
 *     for today's, null for kinds
 */
public record OccupancyRow(String group, String groupName, String units, @JsonUnwrapped GroupFigures figures,
        List<TargetView> targets) {
}
