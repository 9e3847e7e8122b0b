package vn.kcnatlas.export;

import java.time.LocalDate;
import java.util.List;

import vn.kcnatlas.report.OccupancyRow;
import vn.kcnatlas.report.SourceDocument;
import vn.kcnatlas.report.TargetView;

/** The columns of the exported statistics: the same fields, under the same keys, as the API's JSON. */
final class ReportTables {

    private static final List<Column<OccupancyRow>> OCCUPANCY = List.of(
            new Column<>("group", "Mã nhóm", OccupancyRow::group),
            new Column<>("groupName", "Nhóm", OccupancyRow::groupName),
            new Column<>("units", "Đơn vị hành chính (cũ/mới)", OccupancyRow::units),
            new Column<>("zoneCount", "Số khu, cụm", r -> r.figures().zoneCount()),
            new Column<>("areaHa", "Diện tích (ha)", r -> r.figures().areaHa()),
            new Column<>("leasableHa", "Đất cho thuê (ha)", r -> r.figures().leasableHa()),
            new Column<>("leasedHa", "Đã cho thuê (ha)", r -> r.figures().leasedHa()),
            new Column<>("availableHa", "Còn trống (ha)", r -> r.figures().availableHa()),
            new Column<>("occupancyPct", "Tỷ lệ lấp đầy (%)", r -> r.figures().occupancyPct()),
            new Column<>("zonesWithOccupancy", "Số khu có số liệu lấp đầy", r -> r.figures().zonesWithOccupancy()),
            new Column<>("zonesRateOnly", "Số khu chỉ có tỷ lệ báo cáo", r -> r.figures().zonesRateOnly()),
            new Column<>("zonesWithoutOccupancy", "Số khu chưa có số liệu", r -> r.figures().zonesWithoutOccupancy()),
            new Column<>("figuresAsOf", "Số liệu cũ nhất ngày", r -> text(r.figures().figuresAsOf())),
            new Column<>("asOf", "Tính đến ngày", r -> text(r.asOf())));

    private static final List<Column<TargetView>> TARGETS = List.of(
            new Column<>("scope", "Phạm vi", t -> t.target().scope().code()),
            new Column<>("scopeCode", "Mã phạm vi", t -> t.target().scopeCode()),
            new Column<>("scopeName", "Tên phạm vi", TargetView::scopeName),
            new Column<>("zoneKind", "Loại khu", t -> t.target().zoneKind()),
            new Column<>("metric", "Chỉ tiêu", t -> t.target().metric()),
            new Column<>("comparator", "So sánh", t -> t.target().comparator()),
            new Column<>("value", "Mục tiêu", t -> t.target().value()),
            new Column<>("year", "Năm", t -> t.target().year()),
            new Column<>("status", "Tình trạng", t -> t.progress().status().code()),
            new Column<>("evidence", "Căn cứ (figure: có số liệu; none: không có)", t -> t.progress().evidence().code()),
            new Column<>("current", "Hiện đạt", t -> t.progress().current()),
            new Column<>("unit", "Đơn vị", t -> t.progress().unit()),
            new Column<>("projected", "Dự báo đến năm mục tiêu", t -> t.progress().projected()),
            new Column<>("asOf", "Số liệu tính đến", t -> text(t.progress().asOf())),
            new Column<>("note", "Ghi chú", t -> t.progress().note() == null ? null : t.progress().note().vi()),
            new Column<>("wording", "Nội dung trong kế hoạch", t -> t.target().wording()),
            new Column<>("sourceTitle", "Văn bản", t -> sourceTitle(t.source())));

    private ReportTables() {
    }

    static ExportTable occupancy(List<OccupancyRow> rows, LocalDate asOf) {
        return ExportTable.of("Tỷ lệ lấp đầy", asOf, OCCUPANCY, rows);
    }

    static ExportTable targets(List<TargetView> targets, LocalDate asOf) {
        return ExportTable.of("Chỉ tiêu", asOf, TARGETS, targets);
    }

    private static String sourceTitle(SourceDocument source) {
        return source == null ? null : source.title();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
