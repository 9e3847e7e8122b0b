package vn.kcnatlas.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.kcnatlas.report.ReportService;
import vn.kcnatlas.time.VietnamDays;
import vn.kcnatlas.web.AsOfParameter;

/** The occupancy table and the targets as files for spreadsheets: CSV or XLSX, dated inside and in the name. */
@RestController
class TableExportController {

    private static final String LAYOUT = "format csv (UTF-8 with a byte order mark; the default) or xlsx. The"
            + " first line gives the date the figures describe ('Số liệu tính đến / As of: YYYY-MM-DD'), the"
            + " second Vietnamese headings, the third the API's field names, then one line per row; an unknown"
            + " figure is an empty cell. The file name says what it holds and the date (Content-Disposition).";

    private final ReportService reports;
    private final Clock clock;

    TableExportController(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Operation(summary = "The occupancy table as a CSV or XLSX file", description = "The rows of"
            + " /api/stats/occupancy with the same groupBy and asOf. " + LAYOUT)
    @GetMapping("/api/export/occupancy")
    ResponseEntity<byte[]> occupancy(@RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String format) {
        ReportService.Grouping grouping = ExportResponses.choice("groupBy", groupBy, ReportService.Grouping.class,
                ReportService.Grouping.DISTRICT);
        TableFormat as = ExportResponses.choice("format", format, TableFormat.class, TableFormat.CSV);
        LocalDate day = AsOfParameter.parse("asOf", asOf, clock);
        return send("occupancy-" + grouping.code(),
                ReportTables.occupancy(reports.occupancy(grouping, day), dayOrToday(day)), as);
    }

    @Operation(summary = "The targets as a CSV or XLSX file", description = "The targets of /api/targets with"
            + " the same asOf. " + LAYOUT)
    @GetMapping("/api/export/targets")
    ResponseEntity<byte[]> targets(@RequestParam(required = false) String asOf,
            @RequestParam(required = false) String format) {
        TableFormat as = ExportResponses.choice("format", format, TableFormat.class, TableFormat.CSV);
        LocalDate day = AsOfParameter.parse("asOf", asOf, clock);
        return send("targets", ReportTables.targets(reports.allTargets(day), dayOrToday(day)), as);
    }

    private LocalDate dayOrToday(LocalDate day) {
        return day != null ? day : VietnamDays.today(clock);
    }

    private static ResponseEntity<byte[]> send(String what, ExportTable table, TableFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExportResponses.file(what, table.asOf(), format.extension(), format.mediaType(), out.toByteArray());
    }
}
