package vn.kcnatlas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.WriteApiTest;

/**
 * Periodic reports and the statistics officials read, over HTTP on a store seeded with the project's
 * geodata; the same on every store. Periods are chosen from today's date in Việt Nam, so the tests hold
 * whenever they run.
 */
abstract class ReportsApiContract extends WriteApiTest {

    private static final String JSON = "application/json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** Seeded with declared leasable (45.2 ha) and leased areas as of 31/12/2022. */
    private static final String SONG_HAU = "kcn-song-hau";

    @ParameterizedTest
    @CsvSource({"district, districtCode", "province, provinceCode", "kind, kind"})
    void rowsEqualFiguresComputedFromTheZones(String groupBy, String key) {
        enter(SONG_HAU, quarter(2), "\"leasedHa\": 45.0");
        Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
        for (JsonNode zone : http().get("/api/zones").json().path("features")) {
            groups.computeIfAbsent(zone.path("properties").path(key).asString(), k -> new ArrayList<>())
                    .add(zone.path("properties"));
        }
        JsonNode rows = http().get("/api/stats/occupancy?groupBy=" + groupBy).json();

        assertThat(rows.size()).isEqualTo(groups.size());
        for (JsonNode row : rows) {
            List<JsonNode> zones = groups.get(row.path("group").asString());
            String where = groupBy + " " + row.path("group").asString();
            assertThat(zones).as(where).isNotNull();
            double leasable = 0;
            double leased = 0;
            int weighed = 0;
            int rateOnly = 0;
            Set<String> codes = new TreeSet<>();
            for (JsonNode zone : zones) {
                codes.add(zone.path("code").asString());
                if (zone.path("leasableHa").asDouble(0) > 0 && zone.path("leasedHa").isNumber()) {
                    leasable += zone.path("leasableHa").asDouble();
                    leased += zone.path("leasedHa").asDouble();
                    weighed++;
                } else if (zone.path("occupancyPct").isNumber()) {
                    rateOnly++;
                }
            }
            assertThat(row.path("zoneCount").asInt()).as(where).isEqualTo(zones.size());
            assertThat(new TreeSet<>(strings(row.path("zoneCodes")))).as(where).isEqualTo(codes);
            assertThat(row.path("leasableHa").asDouble()).as(where).isCloseTo(leasable, within());
            assertThat(row.path("leasedHa").asDouble()).as(where).isCloseTo(leased, within());
            assertThat(row.path("zonesWithOccupancy").asInt()).as(where).isEqualTo(weighed);
            assertThat(row.path("zonesRateOnly").asInt()).as(where).isEqualTo(rateOnly);
            assertThat(row.path("zonesWithoutOccupancy").asInt()).as(where)
                    .isEqualTo(zones.size() - weighed - rateOnly);
            if (weighed == 0) {
                assertThat(row.path("occupancyPct").isNull()).as(where).isTrue();
            } else {
                assertThat(row.path("occupancyPct").asDouble()).as(where)
                        .isCloseTo(100 * leased / leasable, within());
            }
            assertThat(row.path("asOf").asString()).as(where).isEqualTo(TODAY.toString());
            assertThat(row.path("units").isNull()).as(where).isEqualTo(groupBy.equals("kind"));
        }
    }

    @Test
    void everySeedTargetHasAStatusItsWordingAndItsSource() {
        JsonNode targets = http().get("/api/targets").json();

        assertThat(targets.size()).isEqualTo(18);
        for (JsonNode target : targets) {
            String where = target.path("scopeCode").asString() + " " + target.path("metric").asString() + " "
                    + target.path("year").asInt();
            assertThat(target.path("wording").asString()).as(where).isNotBlank();
            assertThat(target.path("source").path("id").asString()).as(where).isNotBlank();
            assertThat(target.path("source").path("title").asString()).as(where).isNotBlank();
            JsonNode progress = target.path("progress");
            assertThat(progress.has("projected")).as(where).isTrue();
            if (target.path("year").asInt() < TODAY.getYear()) {
                assertThat(progress.path("status").asString()).as(where + ": its year is over")
                        .isIn("met", "missed");
                assertThat(progress.path("evidence").asString()).as(where).isIn("figure", "none");
            } else {
                assertThat(progress.path("status").asString()).as(where)
                        .isIn("on_track", "at_risk", "met", "no_data", "not_measured");
            }
        }
    }

    @Test
    void aTargetWhoseYearIsOverReadsMetOrMissedOnceThatYearsReportIsIn() {
        String zone = "ccn-quang-khanh";
        JsonNode before = target(zone).path("progress");
        assertThat(before.path("status").asString()).as("no 2025 figure: missed on the record").isEqualTo("missed");
        assertThat(before.path("evidence").asString()).isEqualTo("none");
        String etag = http().get("/api/zones/" + zone).etag();
        assertThat(http().send("PATCH", "/api/zones/" + zone, plannerHeaders(etag),
                bytes("{\"properties\": {\"areaHa\": 60, \"leasableHa\": 50}}")).status()).isEqualTo(200);

        Http.Response entered = post(zone, "{\"period\": \"2025\", \"leasedHa\": 45}", Accounts.official());
        assertThat(entered.status()).as(entered.text()).isEqualTo(201);
        JsonNode met = target(zone).path("progress");
        assertThat(met.path("status").asString()).as("90 %% > 80 %%").isEqualTo("met");
        assertThat(met.path("evidence").asString()).isEqualTo("figure");
        assertThat(met.path("current").asDouble()).isEqualTo(90.0);
        assertThat(met.path("asOf").asString()).isEqualTo("2025-12-31");

        assertThat(put(entered.header("Location"), entered.etag(), "{\"period\": \"2025\", \"leasedHa\": 30}")
                .status()).isEqualTo(200);
        JsonNode missed = target(zone).path("progress");
        assertThat(missed.path("status").asString()).as("60 %% by the end of 2025").isEqualTo("missed");
        assertThat(missed.path("current").asDouble()).isEqualTo(60.0);
    }

    @Test
    void anOfficialRecordsTheOutcomeOfAnIndicatorTheZonesCannotMeasure() {
        JsonNode target = indicator2025();
        assertThat(target.path("recordable").asBoolean()).isTrue();
        assertThat(target.path("progress").path("evidence").asString()).isEqualTo("none");
        String outcomes = "/api/targets/" + target.path("id").asLong() + "/outcomes";

        Http.Response recorded = http().send("POST", outcomes, withJson(Accounts.official(), null), bytes("{\"value\":"
                + " 16.4, \"asOf\": \"2025-12-31\", \"source\": \"Báo cáo KT-XH huyện Cao Lãnh năm 2025\","
                + " \"sourceUrl\": \"https://caolanh.dongthap.gov.vn/bao-cao-2025\"}"));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);

        JsonNode progress = indicator2025().path("progress");
        assertThat(progress.path("status").asString()).as("16.4 %% ≥ 15 %%").isEqualTo("met");
        assertThat(progress.path("evidence").asString()).isEqualTo("figure");
        assertThat(progress.path("current").asDouble()).isEqualTo(16.4);
        assertThat(progress.path("asOf").asString()).isEqualTo("2025-12-31");
        assertThat(progress.path("note").path("vi").asString()).isEqualTo("Theo Báo cáo KT-XH huyện Cao Lãnh năm 2025");
        JsonNode listed = http().get(outcomes).json();
        assertThat(listed.get(0).path("recordedBy").asString()).isNotBlank();
        assertThat(listed.get(0).path("sourceUrl").asString()).isEqualTo("https://caolanh.dongthap.gov.vn/bao-cao-2025");

        for (JsonNode earlier : http().get("/api/targets?asOf=2025-06-30").json()) {
            if (earlier.path("id").asLong() == target.path("id").asLong()) {
                assertThat(earlier.path("progress").path("status").asString())
                        .as("on a day before it was recorded").isEqualTo("not_measured");
            }
        }
    }

    @Test
    void anOutcomeIsRefusedWithEveryProblemNamedAndOnlyOfficialsRecordOne() {
        String outcomes = "/api/targets/" + indicator2025().path("id").asLong() + "/outcomes";
        int stored = http().get(outcomes).json().size();
        String body = "{\"value\": \"many\", \"asOf\": \"" + TODAY.plusDays(1) + "\", \"sourceUrl\":"
                + " \"javascript:alert(1)\", \"tenants\": 3}";
        Http.Response refused = http().send("POST", outcomes, withJson(Accounts.official(), null), bytes(body));
        assertThat(refused.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("tenants", "value", "asOf", "source", "sourceUrl");

        String valid = "{\"value\": 16, \"asOf\": \"2025-12-31\", \"source\": \"Báo cáo\"}";
        assertThat(http().send("POST", outcomes, withJson(Map.of(), null), bytes(valid)).status()).isEqualTo(401);
        assertThat(http().send("POST", outcomes, withJson(Accounts.planner(), null), bytes(valid)).status())
                .isEqualTo(403);
        assertThat(http().send("POST", "/api/targets/999999/outcomes", withJson(Accounts.official(), null),
                bytes(valid)).status()).isEqualTo(404);
        long occupancyTarget = target("ccn-quang-khanh").path("id").asLong();
        Http.Response measured = http().send("POST", "/api/targets/" + occupancyTarget + "/outcomes",
                withJson(Accounts.official(), null), bytes(valid));
        assertThat(measured.status()).isEqualTo(422);
        assertThat(measured.text()).contains("enter a periodic report for the zone instead");
        assertThat(http().get(outcomes).json().size()).as("nothing stored").isEqualTo(stored);
    }

    @Test
    void theApiDocumentSaysHowStatusesAndRatesAreJudged() {
        String document = http().get("/v3/api-docs").text();
        assertThat(document).contains("/api/zones/{code}/reports/{id}", "/api/reports/late", "/api/stats/series",
                "least-squares line", "progress.projected", "area-weighted", "zonesRateOnly");
    }

    @Test
    void aReportEnteredByAnOfficialMakesTheZonesOccupancyAndChangesItsRow() {
        String district = http().get("/api/zones/" + SONG_HAU).json().path("properties").path("districtCode")
                .asString();
        JsonNode before = row(district);
        double leasedBefore = http().get("/api/zones/" + SONG_HAU).json().path("properties").path("leasedHa")
                .asDouble();

        Http.Response created = enter(SONG_HAU, quarter(1), "\"leasedHa\": 40.68, \"clearedHa\": 50,"
                + " \"tenants\": 12, \"registeredCapitalBnVnd\": 3500.5, \"wastewaterPlant\": \"operating\","
                + " \"note\": \"Báo cáo quý\", \"sourceId\": \"vietnamplus-2021\"");

        assertThat(created.status()).isEqualTo(201);
        JsonNode report = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/zones/" + SONG_HAU + "/reports/"
                + report.path("id").asLong());
        assertThat(created.etag()).startsWith("W/\"v1-");
        assertThat(report.path("period").asString()).isEqualTo(quarter(1).code());
        assertThat(report.path("asOf").asString()).isEqualTo(quarter(1).end().toString());
        assertThat(report.path("occupancyPct").asDouble()).as("40.68 of 45.2 ha").isEqualTo(90.0);
        assertThat(report.path("wastewaterPlant").asString()).isEqualTo("operating");
        assertThat(report.path("createdBy").asString()).isEqualTo(Accounts.OFFICIAL);
        assertThat(report.path("version").asInt()).isEqualTo(1);

        JsonNode zone = http().get("/api/zones/" + SONG_HAU).json().path("properties");
        assertThat(zone.path("leasedHa").asDouble()).isEqualTo(40.68);
        assertThat(zone.path("occupancyPct").asDouble()).isEqualTo(90.0);
        assertThat(zone.path("occupancyAsOf").asString()).isEqualTo(quarter(1).end().toString());
        assertThat(zone.path("figureSources").path("leasedHa").path("basis").asString()).isEqualTo("reported");
        JsonNode after = row(district);
        assertThat(after.path("leasedHa").asDouble())
                .isCloseTo(before.path("leasedHa").asDouble() - leasedBefore + 40.68, within());
        assertThat(after.path("occupancyPct").asDouble()).isNotEqualTo(before.path("occupancyPct").asDouble());

        JsonNode history = http().get(created.header("Location") + "/history", Accounts.official()).json();
        assertThat(history.path("versions").size()).isEqualTo(1);
        assertThat(history.path("versions").get(0).path("action").asString()).isEqualTo("create");
        assertThat(history.path("versions").get(0).path("changedBy").asString()).isEqualTo(Accounts.OFFICIAL);
        assertThat(history.path("versions").get(0).path("report").path("leasedHa").asDouble()).isEqualTo(40.68);

        JsonNode last = null;
        for (JsonNode point : seriesOf(district).path("points")) {
            if (point.path("asOf").asString().equals(quarter(1).end().toString())) {
                last = point;
            }
        }
        assertThat(last).as("a point on the report's day").isNotNull();
        assertThat(last.path("leasedHa").asDouble()).isEqualTo(40.68);
        assertThat(last.path("leasableHa").asDouble()).isEqualTo(45.2);
        assertThat(last.path("occupancyPct").asDouble()).isEqualTo(90.0);
        assertThat(last.path("clearedHa").asDouble()).isEqualTo(50.0);
    }

    @Test
    void theDayBeforeAReportTheStatisticsGiveTheEarlierFigures() {
        String zone = "kcn-thanh-loc-2";
        String district = "kien-giang.huyen-chau-thanh";
        ReportPeriod last = quarter(0);
        String dayBefore = last.end().minusDays(1).toString();
        String etag = http().get("/api/zones/" + zone).etag();
        assertThat(http().send("PATCH", "/api/zones/" + zone, plannerHeaders(etag),
                bytes("{\"properties\": {\"leasableHa\": 60}}")).status()).isEqualTo(200);
        JsonNode askedBefore = find(http().get("/api/stats/occupancy?groupBy=district&asOf=" + last.end()).json(),
                district);
        assertThat(enter(zone, last, "\"leasedHa\": 30").status()).isEqualTo(201);

        JsonNode now = row(district);
        JsonNode onTheDay = find(http().get("/api/stats/occupancy?groupBy=district&asOf=" + last.end()).json(),
                district);
        JsonNode before = find(http().get("/api/stats/occupancy?groupBy=district&asOf=" + dayBefore).json(),
                district);

        assertThat(now.path("leasedHa").asDouble()).isEqualTo(30.0);
        assertThat(now.path("occupancyPct").asDouble()).isEqualTo(50.0);
        assertThat(now.path("occupancyZoneCodes").toString()).isEqualTo("[\"" + zone + "\"]");
        // On the report's day the zone's leasable area was not yet entered: the rate the report gives counts,
        // by itself, without a weight.
        assertThat(http().get("/api/zones/" + zone + "?asOf=" + last.end()).json().path("properties")
                .path("occupancyPct").asDouble()).as("a report counts from the day it describes").isEqualTo(50.0);
        assertThat(onTheDay.path("zonesRateOnly").asInt()).isEqualTo(before.path("zonesRateOnly").asInt() + 1);
        assertThat(onTheDay.path("zonesRateOnly").asInt()).as("the day asked for before the report, kept no longer")
                .isEqualTo(askedBefore.path("zonesRateOnly").asInt() + 1);
        assertThat(before.path("asOf").asString()).isEqualTo(dayBefore);
        assertThat(before.path("leasedHa").asDouble()).isZero();
        assertThat(before.path("occupancyPct").isNull()).isTrue();
        assertThat(http().get("/api/zones/" + zone + "?asOf=" + dayBefore).json().path("properties")
                .path("occupancyPct").isNull()).isTrue();
    }

    @Test
    void aTargetWhoseYearWasNotOverOnTheDayAskedIsNotYetMissed() {
        for (JsonNode target : http().get("/api/targets?asOf=2025-06-30").json()) {
            if (target.path("year").asInt() == 2025) {
                assertThat(target.path("progress").path("status").asString()).as(target.path("wording").asString())
                        .isIn("on_track", "at_risk", "met", "no_data", "not_measured");
            }
        }
    }

    @Test
    void everyProblemOfAReportIsNamedWithItsField() {
        int stored = http().get("/api/zones/" + SONG_HAU + "/reports").json().size();
        Http.Response refused = post(SONG_HAU, "{\"period\": \"" + current() + "\", \"leasedHa\": 46,"
                + " \"clearedHa\": 1000000, \"tenants\": -1, \"registeredCapitalBnVnd\": \"nhiều\","
                + " \"wastewaterPlant\": \"broken\", \"sourceId\": \"no-such-document\", \"colour\": \"red\"}",
                Accounts.official());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Map<String, String> errors = new HashMap<>();
        refused.json().path("errors").forEach(e -> errors.put(e.path("field").asString(),
                e.path("message").asString()));
        assertThat(errors).containsOnlyKeys("period", "leasedHa", "clearedHa", "tenants", "registeredCapitalBnVnd",
                "wastewaterPlant", "sourceId", "colour");
        assertThat(errors.get("period")).contains("has not ended yet");
        assertThat(errors.get("leasedHa")).contains("45.2");
        assertThat(errors.get("tenants")).contains("negative");
        assertThat(post(SONG_HAU, "{\"period\": \"2026-Q5\"}", Accounts.official()).json().path("errors").get(0)
                .path("field").asString()).isEqualTo("period");
        assertThat(post(SONG_HAU, "{\"clearedHa\": 1}", Accounts.official()).json().path("errors").get(0)
                .path("message").asString()).contains("period is required");
        assertThat(post("kcn-khong-co", "{\"period\": \"2020\"}", Accounts.official()).status()).isEqualTo(404);
        assertThat(http().get("/api/zones/" + SONG_HAU + "/reports").json().size()).as("nothing stored")
                .isEqualTo(stored);
    }

    @Test
    void aLeasedAreaNeedsTheZonesLeasableAreaWhichAPlannerEnters() {
        String zone = "kcn-tan-kieu";
        Http.Response refused = enter(zone, quarter(3), "\"leasedHa\": 10");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("no leasable area");

        String etag = http().get("/api/zones/" + zone).etag();
        assertThat(http().send("PATCH", "/api/zones/" + zone, plannerHeaders(etag),
                bytes("{\"properties\": {\"leasableHa\": 40}}")).status()).isEqualTo(200);

        Http.Response entered = enter(zone, quarter(3), "\"leasedHa\": 10");
        assertThat(entered.status()).isEqualTo(201);
        assertThat(entered.json().path("occupancyPct").asDouble()).isEqualTo(25.0);
        assertThat(http().get("/api/zones/" + zone).json().path("properties").path("occupancyPct").asDouble())
                .isEqualTo(25.0);
    }

    @Test
    void oneReportPerZoneAndDayDuplicatesNameTheReportToCorrect() {
        String zone = "kcn-thanh-loc";
        String period = quarter(4).code();
        Http.Response first = enter(zone, quarter(4), "\"tenants\": 3");
        assertThat(first.status()).isEqualTo(201);

        Http.Response again = enter(zone, quarter(4), "\"tenants\": 4");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("location").asString()).isEqualTo(first.header("Location"));
        assertThat(again.json().path("detail").asString()).contains(period).contains("PUT").contains("If-Match");
        assertThat(http().get("/api/zones/" + zone + "/reports").json().findValues("period").stream()
                .filter(p -> p.asString().equals(period)).count()).isEqualTo(1);
    }

    @Test
    void aCorrectionNeedsTheVersionItIsBasedOn() {
        String zone = "kcn-sa-dec";
        Http.Response entered = enter(zone, quarter(5), "\"tenants\": 7, \"clearedHa\": 10");
        String location = entered.header("Location");

        Http.Response missing = put(location, null, "{\"tenants\": 8}");
        assertThat(missing.status()).isEqualTo(428);

        Http.Response corrected = put(location, entered.etag(), "{\"period\": \"" + quarter(5).code()
                + "\", \"tenants\": 8, \"clearedHa\": 12}");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.etag()).startsWith("W/\"v2-");
        assertThat(corrected.json().path("tenants").asInt()).isEqualTo(8);
        assertThat(corrected.json().path("asOf").asString()).isEqualTo(quarter(5).end().toString());
        assertThat(http().get(location).etag()).isEqualTo(corrected.etag());

        Http.Response stale = put(location, entered.etag(), "{\"tenants\": 9}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asInt()).isEqualTo(2);
        assertThat(stale.json().path("current").path("tenants").asInt()).isEqualTo(8);

        Http.Response moved = put(location, corrected.etag(), "{\"period\": \"2019\", \"tenants\": 9}");
        assertThat(moved.status()).isEqualTo(422);
        assertThat(moved.json().path("errors").get(0).path("field").asString()).isEqualTo("period");

        JsonNode versions = http().get(location + "/history", Accounts.official()).json().path("versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("action").asString()).isEqualTo("correct");
        assertThat(versions.get(0).path("report").path("tenants").asInt()).isEqualTo(8);
        assertThat(versions.get(1).path("report").path("tenants").asInt()).isEqualTo(7);
    }

    @Test
    void officialsAndAdminsEnterReportsPlannersAndTheAnonymousMayNot() {
        String body = "{\"period\": \"" + quarter(6).code() + "\", \"tenants\": 1}";
        assertThat(post("kcn-tran-quoc-toan", body, Map.of()).status()).isEqualTo(401);
        assertThat(post("kcn-tran-quoc-toan", body, Accounts.planner()).status()).isEqualTo(403);
        Http.Response entered = post("kcn-tran-quoc-toan", body, Accounts.admin());
        assertThat(entered.status()).isEqualTo(201);
        assertThat(http().send("PUT", entered.header("Location"), withJson(Accounts.planner(), entered.etag()),
                bytes(body)).status()).isEqualTo(403);
        assertThat(http().get(entered.header("Location") + "/history").status()).isEqualTo(401);
        assertThat(http().get(entered.header("Location")).status()).as("reports are public").isEqualTo(200);
    }

    @Test
    void theLateListNamesTheZonesWithoutAReportForTheLastClosedQuarter() {
        ReportPeriod last = quarter(0);
        JsonNode late = http().get("/api/reports/late").json();
        assertThat(late.path("period").asString()).isEqualTo(last.code());
        assertThat(late.path("periodEnd").asString()).isEqualTo(last.end().toString());
        List<String> codes = strings(late.path("zones").findValues("code"));
        assertThat(codes).contains("kcn-sa-dec-a1").doesNotContain("kcn-ba-sao");
        JsonNode saDec = late.path("zones").get(codes.indexOf("kcn-sa-dec-a1"));
        assertThat(saDec.path("lastReportAsOf").asString()).isEqualTo("2021-12-31");
        assertThat(saDec.path("name").asString()).isNotBlank();
        assertThat(saDec.has("province2025Name")).isTrue();

        assertThat(enter("kcn-sa-dec-a1", last, "\"tenants\": 20").status()).isEqualTo(201);

        assertThat(strings(http().get("/api/reports/late").json().path("zones").findValues("code")))
                .doesNotContain("kcn-sa-dec-a1");
        JsonNode before = http().get("/api/reports/late?asOf=" + last.end()).json();
        assertThat(before.path("period").asString()).as("on its last day the quarter is closed").isEqualTo(last.code());
        assertThat(http().get("/api/reports/late?asOf=" + last.end().minusDays(1)).json().path("period").asString())
                .isEqualTo(quarter(1).code());
    }

    @ParameterizedTest
    @CsvSource({"/api/stats/occupancy?asOf=2026-13-01", "/api/stats/occupancy?asOf=yesterday",
        "/api/targets?asOf=2999-01-01", "/api/reports/late?asOf=2999-01-01"})
    void aMalformedOrFutureAsOfIsRefusedNamingIt(String path) {
        Http.Response refused = http().get(path);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("parameter").asString()).isEqualTo("asOf");
    }

    /** The quarter {@code back} quarters before the last closed one (0: the last closed one). */
    private static ReportPeriod quarter(int back) {
        ReportPeriod quarter = ReportPeriod.lastClosed(ReportPeriod.Length.QUARTER, TODAY);
        for (int i = 0; i < back; i++) {
            LocalDate dayBefore = quarter.end().withDayOfMonth(1).minusDays(1);
            quarter = ReportPeriod.lastClosed(ReportPeriod.Length.QUARTER, dayBefore);
        }
        return quarter;
    }

    /** The quarter under way, which has not ended. */
    private static String current() {
        return TODAY.getYear() + "-Q" + ((TODAY.getMonthValue() - 1) / 3 + 1);
    }

    private Http.Response enter(String zone, ReportPeriod period, String members) {
        return post(zone, "{\"period\": \"" + period.code() + "\", " + members + "}", Accounts.official());
    }

    private Http.Response post(String zone, String body, Map<String, String> auth) {
        return http().send("POST", "/api/zones/" + zone + "/reports", withJson(auth, null), bytes(body));
    }

    private Http.Response put(String location, String ifMatch, String body) {
        return http().send("PUT", location, withJson(Accounts.official(), ifMatch), bytes(body));
    }

    private static Map<String, String> withJson(Map<String, String> auth, String ifMatch) {
        Map<String, String> all = new HashMap<>(auth);
        all.put("Content-Type", JSON);
        if (ifMatch != null) {
            all.put("If-Match", ifMatch);
        }
        return all;
    }

    private static Map<String, String> plannerHeaders(String etag) {
        Map<String, String> all = new HashMap<>(Accounts.planner());
        all.putAll(headers(MERGE_PATCH, etag));
        return all;
    }

    private JsonNode target(String zone) {
        for (JsonNode target : http().get("/api/targets").json()) {
            if (target.path("scopeCode").asString().equals(zone) && target.path("year").asInt() == 2025) {
                return target;
            }
        }
        throw new AssertionError("no 2025 target for " + zone);
    }

    /** H. Cao Lãnh's 2025 target for industry's share of output, which the zones cannot measure. */
    private JsonNode indicator2025() {
        for (JsonNode target : http().get("/api/targets").json()) {
            if (target.path("metric").asString().equals("industry_share_of_output_pct")
                    && target.path("year").asInt() == 2025 && target.path("value").asDouble() == 15) {
                return target;
            }
        }
        throw new AssertionError("no 2025 industry share target of 15 %");
    }

    private JsonNode row(String district) {
        return find(http().get("/api/stats/occupancy?groupBy=district").json(), district);
    }

    private JsonNode seriesOf(String district) {
        return find(http().get("/api/stats/series?groupBy=district").json(), district);
    }

    private static JsonNode find(JsonNode rows, String group) {
        for (JsonNode row : rows) {
            if (row.path("group").asString().equals(group)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + group);
    }

    private static List<String> strings(Iterable<JsonNode> nodes) {
        List<String> list = new ArrayList<>();
        nodes.forEach(n -> list.add(n.asString()));
        return list;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.011);
    }
}
