package vn.kcnatlas.enquiry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import vn.kcnatlas.export.CsvSheet;

/**
 * Enquiries as a spreadsheet: one heading line (Vietnamese / English), then one line per enquiry, written
 * like every CSV export (export/CsvSheet). What senders typed is written so that no spreadsheet takes it
 * for a formula.
 */
final class EnquiryCsv {

    private record Column(String heading, Function<Enquiry, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Mã / id", Enquiry::id),
            new Column("Khu / zone", Enquiry::zone),
            new Column("Gửi lúc / createdAt", Enquiry::createdAt),
            new Column("Họ tên / name", Enquiry::name),
            new Column("Công ty / company", Enquiry::company),
            new Column("Email / email", Enquiry::email),
            new Column("Điện thoại / phone", Enquiry::phone),
            new Column("Đất cần (ha) / landNeededHa", Enquiry::landNeededHa),
            new Column("Ngành nghề / industry", Enquiry::industry),
            new Column("Nội dung / message", Enquiry::message),
            new Column("Đồng ý (phiên bản) / consentVersion", Enquiry::consentVersion),
            new Column("Đã xử lý lúc / handledAt", Enquiry::handledAt),
            new Column("Người xử lý / handledBy", Enquiry::handledBy),
            new Column("Ghi chú / note", Enquiry::note));

    private EnquiryCsv() {
    }

    static void write(List<Enquiry> enquiries, OutputStream out) throws IOException {
        try (CsvSheet sheet = new CsvSheet(out)) {
            sheet.line(COLUMNS.stream().map(Column::heading).toList());
            for (Enquiry enquiry : enquiries) {
                sheet.line(COLUMNS.stream().map(column -> inert(column.value().apply(enquiry))).toList());
            }
        }
    }

    /** Text that a spreadsheet would run as a formula (=, +, -, @ first) behind an apostrophe. */
    private static Object inert(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
