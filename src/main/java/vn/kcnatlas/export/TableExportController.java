package vn.kcnatlas.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.kcnatlas.report.ReportService;
import vn.kcnatlas.time.VietnamDays;

/** The occupancy table and the targets as files for spreadsheets: CSV or XLSX, dated inside and in the name. */
@RestController
class TableExportController {

    private final ReportService reports;
    private final Clock clock;

    TableExportController(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/export/occupancy")
    ResponseEntity<byte[]> occupancy(@RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String format) {
        ReportService.Grouping grouping = ExportResponses.choice("groupBy", groupBy, ReportService.Grouping.class,
                ReportService.Grouping.DISTRICT);
        TableFormat as = ExportResponses.choice("format", format, TableFormat.class, TableFormat.CSV);
        LocalDate asOf = VietnamDays.today(clock);
        return send("occupancy-" + grouping.code(), ReportTables.occupancy(reports.occupancy(grouping), asOf), as);
    }

    @GetMapping("/api/export/targets")
    ResponseEntity<byte[]> targets(@RequestParam(required = false) String format) {
        TableFormat as = ExportResponses.choice("format", format, TableFormat.class, TableFormat.CSV);
        LocalDate asOf = VietnamDays.today(clock);
        return send("targets", ReportTables.targets(reports.allTargets(), asOf), as);
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
