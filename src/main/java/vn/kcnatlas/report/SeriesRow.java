package vn.kcnatlas.report;

import java.util.List;

/** One group's figures over time, oldest first ({@link ReportSeries}). */
public record SeriesRow(String group, String groupName, List<SeriesPoint> points) {
}
