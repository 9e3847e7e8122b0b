package vn.kcnatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;
import vn.kcnatlas.time.VietnamDays;

/**
 * The occupancy table and the targets as CSV and XLSX over HTTP, read back and held against the API's own
 * JSON, on the embedded store seeded with the project's geodata.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TableExportTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    @Test
    void occupancyCsvIsUtf8WithABomDatedAndItsRowsAreTheApisRows() {
        for (String groupBy : List.of("district", "province", "kind", "commune")) {
            Http.Response csv = http().get("/api/export/occupancy?groupBy=" + groupBy + "&format=csv");

            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
            assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"kcn-atlas-occupancy-"
                    + groupBy + "-" + today() + ".csv\"");
            assertThat(Arrays.copyOf(csv.body(), 3)).as("a UTF-8 byte order mark, for Excel").isEqualTo(BOM);
            List<List<String>> lines = csvLines(csv);
            assertThat(lines.get(0)).containsExactly("Số liệu tính đến / As of: " + today());
            assertThat(lines.get(1)).startsWith("Mã nhóm", "Nhóm").contains("Diện tích (ha)", "Tỷ lệ lấp đầy (%)");
            assertSameRows(lines, http().get("/api/stats/occupancy?groupBy=" + groupBy).json());
        }
    }

    @Test
    void targetsCsvKeepsTheDiacriticsAndMatchesTheApi() {
        Http.Response csv = http().get("/api/export/targets?format=csv");

        assertThat(csv.header("Content-Disposition")).contains("kcn-atlas-targets-" + today() + ".csv");
        assertThat(csv.text()).contains("cụm công nghiệp Thường Phước quy mô 75 ha");
        List<List<String>> lines = csvLines(csv);
        assertSameRows(lines, flatTargets(http().get("/api/targets").json()));
    }

    @Test
    void xlsxReadsBackAsTheApisRows() throws IOException {
        Http.Response occupancy = http().get("/api/export/occupancy?groupBy=province&format=xlsx");
        Http.Response targets = http().get("/api/export/targets?format=xlsx");

        assertThat(occupancy.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(occupancy.header("Content-Disposition"))
                .contains("kcn-atlas-occupancy-province-" + today() + ".xlsx");
        List<List<String>> occupancyLines = xlsxLines(occupancy.body());
        assertThat(occupancyLines.get(0)).containsExactly("Số liệu tính đến / As of: " + today());
        assertSameRows(occupancyLines, http().get("/api/stats/occupancy?groupBy=province").json());
        List<List<String>> targetLines = xlsxLines(targets.body());
        assertThat(targetLines.stream().flatMap(List::stream)).anyMatch(c -> c.contains("Thường Phước"));
        assertSameRows(targetLines, flatTargets(http().get("/api/targets").json()));
    }

    @Test
    void aPastDayGivesThatDaysFiguresInAFileDatedThatDay() throws IOException {
        Http.Response csv = http().get("/api/export/occupancy?groupBy=province&asOf=2024-12-31");
        Http.Response targets = http().get("/api/export/targets?asOf=2024-12-31&format=xlsx");

        assertThat(csv.header("Content-Disposition")).contains("kcn-atlas-occupancy-province-2024-12-31.csv");
        List<List<String>> lines = csvLines(csv);
        assertThat(lines.get(0)).containsExactly("Số liệu tính đến / As of: 2024-12-31");
        assertSameRows(lines, http().get("/api/stats/occupancy?groupBy=province&asOf=2024-12-31").json());
        assertThat(targets.header("Content-Disposition")).contains("kcn-atlas-targets-2024-12-31.xlsx");
        assertSameRows(xlsxLines(targets.body()), flatTargets(http().get("/api/targets?asOf=2024-12-31").json()));
    }

    @Test
    void aBadFormatGroupingOrDayIsA400NamingTheParameter() {
        assertProblem(http().get("/api/export/occupancy?format=pdf"), "format");
        assertProblem(http().get("/api/export/occupancy?asOf=2024-13-01"), "asOf");
        assertProblem(http().get("/api/export/targets?asOf=" + today().plusDays(1)), "asOf");
        assertProblem(http().get("/api/export/occupancy?groupBy=ward"), "groupBy");
        assertProblem(http().get("/api/export/targets?format=ods"), "format");
    }

    private static void assertProblem(Http.Response response, String parameter) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("parameter").asString()).isEqualTo(parameter);
        assertThat(response.json().path("detail").asString()).startsWith(parameter + " ");
    }

    /**
     * Each data line holds, under each key of the key line, the API's value: the same text, the same number,
     * or an empty cell where the API says null.
     */
    private static void assertSameRows(List<List<String>> lines, JsonNode rows) {
        List<String> keys = lines.get(2);
        List<List<String>> data = lines.subList(3, lines.size());
        assertThat(data).hasSize(rows.size());
        assertThat(rows.size()).isPositive();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < keys.size(); c++) {
                JsonNode expected = rows.get(r).path(keys.get(c));
                String cell = c < data.get(r).size() ? data.get(r).get(c) : "";
                String where = "row " + r + ", " + keys.get(c);
                assertThat(expected.isMissingNode()).as(where + " is a field of the API").isFalse();
                if (expected.isNull()) {
                    assertThat(cell).as(where + ": unknown is an empty cell").isEmpty();
                } else if (expected.isNumber()) {
                    assertThat(Double.parseDouble(cell)).as(where).isEqualTo(expected.asDouble());
                } else {
                    assertThat(cell).as(where).isEqualTo(expected.asString());
                }
            }
        }
    }

    /** The API's targets with their nested fields under the export's keys. */
    private static JsonNode flatTargets(JsonNode targets) {
        tools.jackson.databind.node.ArrayNode flat = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (JsonNode t : targets) {
            tools.jackson.databind.node.ObjectNode row = (tools.jackson.databind.node.ObjectNode) t.deepCopy();
            row.set("status", t.path("progress").path("status"));
            row.set("evidence", t.path("progress").path("evidence"));
            row.set("note", t.path("progress").path("note").path("vi"));
            row.set("current", t.path("progress").path("current"));
            row.set("unit", t.path("progress").path("unit"));
            row.set("projected", t.path("progress").path("projected"));
            row.set("asOf", t.path("progress").path("asOf"));
            row.set("sourceTitle", t.path("source").path("title"));
            flat.add(row);
        }
        return flat;
    }

    private static List<List<String>> csvLines(Http.Response csv) {
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().stream()
                    .map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<String>> xlsxLines(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> lines = new ArrayList<>();
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                lines.add(cells);
            }
            return lines;
        }
    }

    private static LocalDate today() {
        return VietnamDays.today(Clock.systemUTC());
    }
}
