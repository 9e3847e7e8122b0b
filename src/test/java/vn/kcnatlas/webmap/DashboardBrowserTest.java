package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.io.ImportOptions;
import vn.kcnatlas.io.ImportProgress;
import vn.kcnatlas.io.Importer;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.SharedGeodata;

/**
 * The officials' dashboard in headless Chromium against the app with the demo accounts: the table and the
 * bar chart agree with /api/stats/occupancy (Chart.js's own chart object is read back), the targets are
 * marked where the API puts them, the date is kept in the address and in the links to and from the map and
 * the exports, the lists follow their endpoints, an official's report is refused on its field and then
 * changes the row, the bar and the series, and the print view keeps what goes on paper. Screenshots in
 * target/screenshots/dashboard-*.png. The steps write reports and the last imports today's communes, which
 * changes what other web map tests see, so the application is closed after this class.
 */
@ActiveProfiles("demo")
@DirtiesContext
@TestMethodOrder(OrderAnnotation.class)
class DashboardBrowserTest extends WebMapInBrowser {

    private static final String AS_OF = "2025-06-30";

    @Autowired
    Importer importer;

    @Test
    @Order(1)
    void theTableAndTheChartShowEveryProvinceWithTheTargetsWhereTheApiPutsThem() {
        JsonNode rows = new Http(port).get("/api/stats/occupancy?groupBy=province").json();
        page.openDashboard("?groupBy=province");

        List<String> groups = new ArrayList<>();
        List<String> withFigures = new ArrayList<>();
        List<String> charted = new ArrayList<>();
        int marks = 0;
        for (JsonNode row : rows) {
            String name = row.get("groupName").asString();
            groups.add(name);
            boolean figure = !row.get("occupancyPct").isNull();
            if (figure) {
                withFigures.add(name);
            }
            List<JsonNode> targets = occupancyTargets(row);
            if (figure || !targets.isEmpty()) {
                charted.add(name);
            }
            for (JsonNode target : targets) {
                assertThat(targetMark(name, target.get("year").asInt())).contains(target.get("value").asDouble());
                marks++;
            }
        }
        assertThat(tableGroups()).containsExactlyInAnyOrderElementsOf(groups);
        assertThat(withFigures).as("the seed has provinces with occupancy figures").isNotEmpty();
        assertThat(marks).as("the seed sets occupancy targets for a province").isPositive();
        // A place on the chart for each group with a figure or a target, a bar for each figure.
        assertThat(chartList("data.labels")).containsExactlyInAnyOrderElementsOf(charted);
        assertThat(chartList("data.datasets[0].data").stream().filter(value -> value != null).count())
                .isEqualTo(withFigures.size());
        for (JsonNode row : rows) {
            if (!row.get("occupancyPct").isNull()) {
                assertThat(barValue(row.get("groupName").asString())).isEqualTo(row.get("occupancyPct").asDouble());
            }
        }
        // A figure nobody reported reads so, never 0.
        assertThat(page.text("#groups-table tbody")).doesNotContain("—");
        page.screenshot("dashboard-01-provinces");
    }

    @Test
    @Order(2)
    void theTableSortsByAnyColumnWithUnknownFiguresLast() {
        page.openDashboard("");
        page.find("#groups-table [data-sort=occupancyPct]").click();
        List<String> cells = column(6);
        int firstUnknown = cells.indexOf("chưa có số liệu");
        assertThat(firstUnknown).as("districts without figures").isPositive();
        assertThat(cells.subList(firstUnknown, cells.size())).containsOnly("chưa có số liệu");
        List<Double> known = cells.subList(0, firstUnknown).stream()
                .map(text -> Double.parseDouble(text.replace("%", "").replace(",", "."))).toList();
        assertThat(known).as("highest first").isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(page.find("#groups-table th[aria-sort=descending]").getText()).isEqualTo("Tỷ lệ lấp đầy");
        page.screenshot("dashboard-02-sorted");
    }

    @Test
    @Order(3)
    void theDateStaysInTheAddressAndGoesWithTheLinkToTheMap() {
        page.openDashboard("?groupBy=kind&asOf=" + AS_OF + "&lang=en");
        assertThat(page.find("#as-of").getDomProperty("value")).isEqualTo(AS_OF);
        assertThat(page.text("#as-of-note")).isEqualTo("Figures as of 30/06/2025");
        assertThat(page.find("#page-link").getDomAttribute("href")).isEqualTo("/?lang=en&asOf=" + AS_OF);

        page.find("#as-of-clear").click();
        page.until(d -> page.query().equals("?groupBy=kind&lang=en"));
        page.idle();
        assertThat(page.find("#page-link").getDomAttribute("href")).isEqualTo("/?lang=en");
        assertThat(page.text("#as-of-note")).isEqualTo("Latest figures");
        assertThat(page.text("#groups-map-section .dashboard__caption")).contains("not places");
    }

    @Test
    @Order(4)
    void reportEntryIsForOfficialsOnly() {
        page.openDashboard("");
        assertThat(page.find("#report-entry").isDisplayed()).isFalse();
        signIn("official", "official-demo");
        page.until(d -> page.find("#report-entry").isDisplayed());
        assertThat(page.all("#report-form select[name=zone] option")).hasSizeGreaterThan(20);
        page.screenshot("dashboard-03-report-form");
        page.find("#sign-out").click();
        page.until(d -> !page.find("#report-entry").isDisplayed());
    }

    @Test
    @Order(5)
    void thePrintViewKeepsTheTableTheChartAndTheTargetsAndDropsTheControls() {
        page.openDashboard("?groupBy=province");
        page.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(page.find("#groups-table").isDisplayed()).isTrue();
            assertThat(page.find("#occupancy-chart").isDisplayed()).isTrue();
            assertThat(page.find("#targets").isDisplayed()).isTrue();
            for (String control : List.of("#group-by", "#as-of", "#language", "#print", "#sign-in", "#groups-map")) {
                assertThat(page.find(control).isDisplayed()).as(control).isFalse();
            }
            page.screenshot("dashboard-04-print");
        } finally {
            page.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    @Order(6)
    void theMapAndTheDashboardShareTheDate() {
        page.open("?asOf=" + AS_OF);
        assertThat(page.find("#as-of").getDomProperty("value")).isEqualTo(AS_OF);
        assertThat(requestedWithDate("/api/zones?")).as("the zones asked for as of the date").isTrue();
        assertThat(page.find("#page-link").getDomAttribute("href")).isEqualTo("/dashboard?asOf=" + AS_OF);

        page.find("#page-link").click();
        page.until(d -> d.getCurrentUrl().contains("/dashboard")
                && "true".equals(page.find("body").getDomAttribute("data-ready")));
        page.idle();
        assertThat(page.query()).isEqualTo("?asOf=" + AS_OF);
        assertThat(page.find("#as-of").getDomProperty("value")).isEqualTo(AS_OF);
        assertThat(requestedWithDate("/api/stats/occupancy?")).isTrue();
        page.screenshot("dashboard-05-as-of");
    }

    @Test
    @Order(7)
    void theZonesByClearanceStatusSayHowLongEachHasBeenInIt() {
        JsonNode zones = new Http(port).get("/api/stats/clearance").json();
        page.openDashboard("");
        assertThat(page.all("#clearance .zone-lines li")).hasSize(zones.size());
        JsonNode first = zones.get(0);
        String line = page.text("#clearance .zone-lines a[href='/?zone=" + first.get("code").asString() + "']");
        assertThat(line).isEqualTo(first.get("name").asString());
        String since = first.get("since").asString();
        String shown = since.substring(8) + "/" + since.substring(5, 7) + "/" + since.substring(0, 4);
        String days = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(first.get("days").asInt());
        assertThat(page.text("#clearance")).contains(shown + ", " + days + " ngày");
    }

    @Test
    @Order(8)
    void onAPhoneThePageScrollsDownAndNeverSideways() {
        page.viewport(375, 740);
        page.openDashboard("?groupBy=province");
        assertThat(page.find("#language").getText()).isEqualTo("EN");
        assertThat(page.find("#as-of").isDisplayed()).isTrue();
        assertThat((Boolean) page.script("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        page.screenshot("dashboard-06-phone");
    }

    @Test
    @Order(9)
    void theZonesLateWithTheirReportAreListedWithTheirLastReport() {
        JsonNode late = new Http(port).get("/api/reports/late").json();
        page.openDashboard("");
        assertThat(late.get("zones").size()).as("the seed has zones without a report for the last period").isPositive();
        assertThat(page.all("#late-reports .zone-lines li")).hasSize(late.get("zones").size());
        assertThat(page.text("#late-reports")).contains("Kỳ " + late.get("period").asString());
    }

    @Test
    @Order(10)
    void theExportLinksFollowTheGroupingAndTheDate() {
        page.openDashboard("?groupBy=province&asOf=" + AS_OF);
        List<String> links = page.all("#exports a").stream().map(a -> a.getDomAttribute("href")).toList();
        assertThat(links).containsExactly(
                "/api/export/occupancy?groupBy=province&asOf=" + AS_OF + "&format=csv",
                "/api/export/occupancy?groupBy=province&asOf=" + AS_OF + "&format=xlsx",
                "/api/export/targets?asOf=" + AS_OF + "&format=csv",
                "/api/export/targets?asOf=" + AS_OF + "&format=xlsx");
        for (String link : links) {
            assertThat(new Http(port).get(link).status()).as(link).isEqualTo(200);
        }
    }

    @Test
    @Order(11)
    void aGroupsRowOpensItsZonesLinkedToTheMapOnTheSameDate() {
        page.openDashboard("?asOf=" + AS_OF);
        JsonNode row = new Http(port).get("/api/stats/occupancy?groupBy=district&asOf=" + AS_OF).json().get(0);
        page.find("#groups-table tr[data-group='" + row.get("group").asString() + "'] .group-toggle").click();
        List<String> links = page.all("#groups-table .group-zones a").stream().map(a -> a.getDomAttribute("href")).toList();
        List<String> expected = new ArrayList<>();
        for (JsonNode code : row.get("zoneCodes")) {
            expected.add("/?zone=" + code.asString() + "&asOf=" + AS_OF);
        }
        assertThat(links).containsExactlyInAnyOrderElementsOf(expected);
        page.screenshot("dashboard-10-zones-of-a-group");
    }

    @Test
    @Order(12)
    void anOfficialEntersAReportAndSeesTheRowAndTheBarChange() {
        JsonNode zone = zoneWithLeasableArea();
        String code = zone.path("properties").path("code").asString();
        String district = zone.path("properties").path("districtCode").asString();
        double leasable = zone.path("properties").path("leasableHa").asDouble();
        page.openDashboard("");
        signIn("official", "official-demo");
        page.until(d -> page.find("#report-entry").isDisplayed());
        String before = occupancyCell(district);

        // More leased than leasable: the server's 422 names the field, and the page shows it there.
        expectedConsoleErrors.add("/api/zones/" + code + "/reports - Failed to load resource: the server responded with a status of 422");
        new Select(page.find("#report-zone")).selectByValue(code);
        new Select(page.find("#report-periodKind")).selectByValue("quarter");
        new Select(page.find("#report-periodNumber")).selectByValue("Q3");
        type("#report-year", "2026");
        type("#report-leasedHa", String.valueOf(leasable + 10).replace('.', ','));
        page.find("#report-form button[type=submit]").click();
        page.until(d -> !page.text("#report-leasedHa-error").isEmpty());
        assertThat(page.find("#report-leasedHa").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(occupancyCell(district)).isEqualTo(before);
        page.screenshot("dashboard-07-report-refused");

        // All of it leased: the row and the bar show 100%.
        type("#report-leasedHa", String.valueOf(leasable).replace('.', ','));
        type("#report-tenants", "12");
        page.find("#report-form button[type=submit]").click();
        page.until(d -> !page.text("#report-form .report-form__saved").isEmpty());
        page.until(d -> occupancyCell(district).equals("100%"));
        assertThat(page.text("#report-leasedHa-error")).isEmpty();
        String name = page.text("#groups-table tr[data-group='" + district + "'] th");
        page.until(d -> barValue(name) == 100.0);
        assertThat(lastSeriesValue(name)).as("the occupancy over time ends at the report").isEqualTo(100.0);
        page.screenshot("dashboard-08-report-saved");
    }

    @Test
    @Order(13)
    void anOfficialRecordsTheOutcomeOfATargetTheZonesCannotMeasure() {
        long id = recordable2025Target();
        String item = "#targets li[data-target='" + id + "']";
        page.openDashboard("");
        if (page.find("#sign-out").isDisplayed()) {
            page.find("#sign-out").click();
            page.until(d -> page.find("#sign-in").isDisplayed());
        }
        assertThat(page.text(item + " .badge")).as("its year over, nothing shows it met")
                .isEqualTo("Không đạt (chưa có số liệu chứng minh)");
        assertThat(page.all(item + " details.outcome")).as("for officials only").isEmpty();
        signIn("official", "official-demo");
        page.until(d -> !page.all(item + " details.outcome").isEmpty());
        page.find(item + " details.outcome summary").click();

        type("#outcome-" + id + "-value", "nhiều");
        page.find(item + " .outcome-form button[type=submit]").click();
        page.until(d -> !page.text("#outcome-" + id + "-value-error").isEmpty());

        // Without a source the server refuses it and names the field.
        expectedConsoleErrors.add("/api/targets/" + id + "/outcomes - Failed to load resource: the server responded with a status of 422");
        type("#outcome-" + id + "-value", "16,4");
        page.script("document.getElementById(arguments[0]).value = '2025-12-31'", "outcome-" + id + "-asOf");
        page.find(item + " .outcome-form button[type=submit]").click();
        page.until(d -> !page.text("#outcome-" + id + "-source-error").isEmpty());

        type("#outcome-" + id + "-source", "Báo cáo kinh tế - xã hội huyện Cao Lãnh năm 2025");
        page.find(item + " .outcome-form button[type=submit]").click();
        page.until(d -> page.text(item + " .badge").equals("Đã đạt"));
        assertThat(page.text(item)).contains("Theo Báo cáo kinh tế - xã hội huyện Cao Lãnh năm 2025", "31/12/2025");
        page.screenshot("dashboard-09-outcome-recorded");
    }

    private long recordable2025Target() {
        for (JsonNode target : new Http(port).get("/api/targets").json()) {
            if (target.path("recordable").asBoolean() && target.path("year").asInt() == 2025) {
                return target.path("id").asLong();
            }
        }
        throw new IllegalStateException("the seed has a 2025 target the zones cannot measure");
    }

    private JsonNode zoneWithLeasableArea() {
        for (JsonNode feature : new Http(port).get("/api/zones").json().get("features")) {
            if (feature.path("properties").path("leasableHa").asDouble(0) > 0) {
                return feature;
            }
        }
        throw new IllegalStateException("the seed has a zone with a leasable area");
    }

    private String occupancyCell(String group) {
        return page.text("#groups-table tr[data-group='" + group + "'] td:nth-of-type(6)");
    }

    private void type(String selector, String text) {
        page.find(selector).clear();
        page.find(selector).sendKeys(text);
    }

    @Test
    @Order(20)
    void todaysCommunesAreDrawnByTheirBoundariesOnceImported() {
        assertThat(importer.importFile("communes", SharedGeodata.file("communes-2025-dongthap-angiang.geojson"),
                new ImportOptions(false, false, null, "test", false), ImportProgress.NONE).ok()).isTrue();
        JsonNode rows = new Http(port).get("/api/stats/occupancy?groupBy=commune").json();
        int communes = 0;
        for (JsonNode row : rows) {
            communes += row.get("group").isNull() ? 0 : 1;
        }
        assertThat(communes).as("zones placed in today's communes").isPositive();

        page.openDashboard("?groupBy=commune");
        assertThat(tableGroups()).hasSize(rows.size());
        assertThat(page.text("#groups-table caption")).contains("đơn vị hành chính mới");
        // One shape a commune, and a point for each zone no commune holds.
        assertThat(page.all("#groups-map path.leaflet-interactive")).hasSizeGreaterThanOrEqualTo(communes);
        page.screenshot("dashboard-09-communes");
    }

    /** Whether the page asked for a path with the test's date among its parameters. */
    private boolean requestedWithDate(String path) {
        return (Boolean) page.script("""
                return performance.getEntriesByType('resource').some(entry =>
                  entry.name.includes(arguments[0]) && entry.name.includes('asOf=' + arguments[1]));""", path, AS_OF);
    }

    private static List<JsonNode> occupancyTargets(JsonNode row) {
        List<JsonNode> targets = new ArrayList<>();
        for (JsonNode target : row.get("targets")) {
            if (target.get("metric").asString().equals("occupancy_pct")) {
                targets.add(target);
            }
        }
        return targets;
    }

    @SuppressWarnings("unchecked")
    private List<String> tableGroups() {
        return (List<String>) page.script("""
                return [...document.querySelectorAll('#groups-table tbody tr[data-group] th')].map(e => e.innerText.trim());""");
    }

    /** The text of one column of the table, top to bottom (0 is the group). */
    @SuppressWarnings("unchecked")
    private List<String> column(int index) {
        return (List<String>) page.script("""
                return [...document.querySelectorAll('#groups-table tbody tr[data-group]')]
                  .map(row => row.children[arguments[0]].innerText.trim());""", index);
    }

    /** A list from Chart.js's own chart object on the bar chart's canvas, by its path under the chart. */
    @SuppressWarnings("unchecked")
    private List<Object> chartList(String path) {
        return (List<Object>) page.script("return Chart.getChart(document.querySelector('#occupancy-chart'))." + path + ";");
    }

    private double barValue(String group) {
        return ((Number) page.script("""
                const chart = Chart.getChart(document.querySelector('#occupancy-chart'));
                return chart.data.datasets[0].data[chart.data.labels.indexOf(arguments[0])];""", group)).doubleValue();
    }

    /** The last occupancy the time series chart draws for a group. */
    private double lastSeriesValue(String group) {
        return ((Number) page.script("""
                const chart = Chart.getChart(document.querySelector('#series-occupancy'));
                const line = chart.data.datasets.find(set => set.label === arguments[0]);
                return line.data.at(-1).y;""", group)).doubleValue();
    }

    /** The values the chart marks targets at for a group, in the series of a year. */
    @SuppressWarnings("unchecked")
    private List<Double> targetMark(String group, int year) {
        List<Number> values = (List<Number>) page.script("""
                const chart = Chart.getChart(document.querySelector('#occupancy-chart'));
                const series = chart.data.datasets.find(set => set.data.some(point => point?.target?.year === arguments[1]));
                return series ? series.data.filter(point => point.x === arguments[0]).map(point => point.y) : [];""",
                group, year);
        return values.stream().map(Number::doubleValue).toList();
    }

    private void signIn(String username, String password) {
        page.find("#sign-in").click();
        page.find("#sign-in-dialog input[name=username]").sendKeys(username);
        page.find("#sign-in-dialog input[name=password]").sendKeys(password, Keys.ENTER);
        page.until(d -> page.find("#sign-out").isDisplayed());
    }
}
