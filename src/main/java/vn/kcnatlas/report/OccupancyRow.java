package vn.kcnatlas.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** One row of the occupancy statistics: a group of zones, its figures and the targets set for it. */
public record OccupancyRow(String group, String groupName, @JsonUnwrapped GroupFigures figures,
        List<TargetView> targets) {
}
