package vn.kcnatlas.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.lot.Lot;
import vn.kcnatlas.lot.LotAction;
import vn.kcnatlas.lot.LotWrites;
import vn.kcnatlas.lot.LotRepository;
import vn.kcnatlas.support.Http;

/**
 * The guard against made-up figures: the seed's illustrative lot layout (loaded as demo data) changes no
 * zone figure, statistics row, target status or filter result, and every figure the zone list serves
 * carries its source and date, or is null. Each store runs it; on PostGIS the application, and so the
 * store, is shared with other test classes, so each test holds whatever the store holds at its start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class IllustrativeDataContract {

    /** The figures of a zone that a reader or a filter uses; lot counts may differ, lot-based figures may not. */
    private static final List<String> FIGURES = List.of("areaHa", "leasableHa", "leasedHa", "clearedHa",
            "availableHa", "occupancyPct", "occupancyBasis", "occupancyAsOf", "geometricAreaHa", "areaMismatch",
            "rentMinUsdM2", "rentMaxUsdM2", "lotsHa", "lotsLeasedHa", "lotsAvailableHa", "figureSources");
    private static final List<String> NUMBERS = List.of("areaHa", "leasableHa", "leasedHa", "clearedHa",
            "availableHa", "occupancyPct", "geometricAreaHa", "rentMinUsdM2", "rentMaxUsdM2", "lotsHa", "lotsLeasedHa",
            "lotsAvailableHa");
    private static final List<String> READS = List.of("/api/stats/occupancy?groupBy=district",
            "/api/stats/occupancy?groupBy=province", "/api/stats/occupancy?groupBy=kind", "/api/targets",
            "/api/zones?minAvailableHa=0.5", "/api/zones?minAvailableHa=5&includeUnknown=true",
            "/api/zones?province=dong-thap&minAvailableHa=5", "/api/zones?minOccupancyPct=50",
            "/api/zones?minOccupancyPct=70&maxOccupancyPct=80&includeUnknown=true",
            "/api/zones/kcn-sa-dec-a1/targets", "/api/zones/kcn-thanh-loc/targets");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ZoneRepository zones;
    @Autowired
    LotRepository lots;
    @Autowired
    LotWrites lotWrites;
    @Autowired
    TransactionTemplate transactions;

    private Http http() {
        return new Http(port);
    }

    /** Runs last: it takes away the demo lots the other tests read, and puts them back for other classes. */
    @Test
    @Order(Integer.MAX_VALUE)
    void illustrativeLotsChangeNoFigureStatisticTargetOrFilterResult() {
        assertThat(illustrativeLots()).as("the demo lot layout is loaded").isEqualTo(35);
        List<String> zoneCodes = jdbc.sql("SELECT code FROM zone").query(String.class).list();
        List<Lot> demoLots = zoneCodes.stream().flatMap(code -> lots.findByZone(code).stream())
                .filter(Lot::illustrative).toList();
        Map<String, JsonNode> before = snapshot();

        Edit edit = new Edit("guard-test", Instant.now(), "the illustrative-data guard takes the demo lots away");
        demoLots.forEach(lot -> lotWrites.delete(lot.zoneCode(), lot.code(), lot.version(), edit));
        try {
            assertThat(illustrativeLots()).isZero();
            Map<String, JsonNode> after = snapshot();
            assertThat(after.keySet()).isEqualTo(before.keySet());
            after.forEach((read, answer) -> assertThat(answer).as(read).isEqualTo(before.get(read)));
        } finally {
            Edit restore = new Edit("guard-test", Instant.now(), "the guard puts the demo lots back");
            transactions.executeWithoutResult(status -> {
                demoLots.forEach(lot -> lots.insert(lot, LotAction.SEED, restore));
                zones.refreshLotTotals(zoneCodes);
            });
        }
    }

    @Test
    void everyFigureCarriesItsSourceAndDateOrIsNull() {
        for (JsonNode feature : http().get("/api/zones").json().path("features")) {
            JsonNode p = feature.path("properties");
            for (String figure : NUMBERS) {
                if (p.path(figure).isNull()) {
                    assertThat(p.path("figureSources").has(figure)).as(feature.path("id") + " " + figure).isFalse();
                    continue;
                }
                JsonNode source = p.path("figureSources").path(figure);
                String where = feature.path("id").asString() + " " + figure;
                assertThat(source.path("asOf").asString()).as(where).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(source.path("basis").asString()).as(where).isIn("declared", "reported", "lots", "derived",
                        "measured");
                if (!source.path("basis").asString().equals("lots")) {
                    assertThat(source.path("sourceIds").size() > 0 || !source.path("enteredBy").isNull())
                            .as(where + " cites a document or names who entered it").isTrue();
                }
            }
        }
    }

    @Test
    void zonesWithOnlyIllustrativeLotsTakeTheirFiguresFromTheirReport() {
        JsonNode saDec = http().get("/api/zones/kcn-sa-dec-a1").json().path("properties");
        assertThat(saDec.path("lotCount").asInt()).isEqualTo(9);
        assertThat(saDec.path("illustrativeLotCount").asInt()).isEqualTo(9);
        assertThat(saDec.path("availableHa").isNull()).isTrue();
        assertThat(saDec.path("leasableHa").isNull()).isTrue();
        assertThat(saDec.path("leasedHa").isNull()).isTrue();
        assertThat(saDec.path("lotsHa").isNull()).isTrue();
        assertThat(saDec.path("occupancyPct").asDouble()).isEqualTo(98.0);
        assertThat(saDec.path("occupancyBasis").asString()).isEqualTo("reported");
        assertThat(saDec.path("figureSources").path("occupancyPct").path("asOf").asString()).isEqualTo("2021-12-31");
        assertThat(saDec.path("figureSources").path("occupancyPct").path("sourceIds").get(0).asString())
                .isEqualTo("nso-sa-dec-a1");

        JsonNode thanhLoc = http().get("/api/zones/kcn-thanh-loc").json().path("properties");
        assertThat(thanhLoc.path("availableHa").isNull()).isTrue();
        assertThat(thanhLoc.path("occupancyPct").asDouble()).isEqualTo(75.0);
        assertThat(thanhLoc.path("occupancyBasis").asString()).isEqualTo("reported");
    }

    @Test
    void aRateReportedWithoutLeasableAreaStaysOutOfTheGroupRatesAndTheirTargets() {
        JsonNode target = kienGiangKcnTarget(2025);
        assertThat(target.path("progress").path("status").asString()).as("no figure shows it met")
                .isEqualTo("missed");
        assertThat(target.path("progress").path("evidence").asString()).isEqualTo("none");
        assertThat(target.path("progress").path("current").isNull()).isTrue();
        assertThat(target.path("progress").path("note").path("en").asString())
                .contains("report only a rate, without the leasable area");
        assertThat(kienGiangKcnTarget(2030).path("progress").path("status").asString()).isEqualTo("no_data");

        JsonNode chauThanh = row("/api/stats/occupancy?groupBy=district", "kien-giang.huyen-chau-thanh");
        assertThat(chauThanh.path("occupancyPct").isNull()).as("no mean of reported rates").isTrue();
        assertThat(chauThanh.path("zonesWithOccupancy").asInt()).isZero();
        assertThat(chauThanh.path("zonesRateOnly").asInt()).isEqualTo(1);
        assertThat(chauThanh.path("zonesWithoutOccupancy").asInt())
                .isEqualTo(chauThanh.path("zoneCount").asInt() - 1);
    }

    @Test
    void aMinimumAvailableAreaSaysHowManyZonesItCouldNotJudge() {
        JsonNode strict = http().get("/api/zones?province=" + Http.q("Đồng Tháp") + "&minAvailableHa=5").json();
        assertThat(strict.path("features").size()).isZero();
        assertThat(strict.path("numberUnknown").asInt()).isEqualTo(13);
        assertThat(strict.path("unknownIncluded").asBoolean()).isFalse();

        JsonNode included = http().get("/api/zones?province=" + Http.q("Đồng Tháp") + "&minAvailableHa=5"
                + "&includeUnknown=true").json();
        assertThat(included.path("features").size()).isEqualTo(13);
        assertThat(included.path("numberUnknown").asInt()).isEqualTo(13);
        assertThat(included.path("unknownIncluded").asBoolean()).isTrue();
        for (JsonNode feature : included.path("features")) {
            assertThat(feature.path("properties").path("availableHa").isNull()).as(feature.path("id").asString()).isTrue();
        }
        assertThat(http().get("/api/zones").json().has("numberUnknown")).as("only a figure filter counts unknowns")
                .isFalse();
    }

    @Test
    void illustrativeLotsSayWhatTheyAreAndNameNoTenant() {
        JsonNode lots = http().get("/api/zones/kcn-sa-dec-a1/lots").json().path("features");
        assertThat(lots.size()).isEqualTo(9);
        for (JsonNode lot : lots) {
            assertThat(lot.path("properties").path("illustrative").asBoolean()).isTrue();
            assertThat(lot.path("properties").path("tenant").isNull()).isTrue();
            assertThat(lot.path("properties").path("priceUsdM2").isNull()).isTrue();
        }
        JsonNode ogc = http().get("/ogc/collections/lots/items?zone=kcn-song-hau&f=json").json().path("features");
        assertThat(ogc.size()).isEqualTo(10);
        ogc.forEach(lot -> assertThat(lot.path("properties").path("illustrative").asBoolean()).isTrue());
        assertThat(http().get("/ogc/collections/lots/schema").text()).contains("\"illustrative\"");
    }

    private int illustrativeLots() {
        return jdbc.sql("SELECT COUNT(*) FROM lot WHERE illustrative = TRUE").query(Integer.class).single();
    }

    /** Every read the guard compares, zones reduced to their figures. */
    private Map<String, JsonNode> snapshot() {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        answers.put("/api/zones", figuresOnly(http().get("/api/zones").json()));
        for (String read : READS) {
            JsonNode answer = http().get(read).json();
            answers.put(read, read.startsWith("/api/zones?") ? figuresOnly(answer) : answer);
        }
        return answers;
    }

    private static JsonNode figuresOnly(JsonNode collection) {
        ObjectNode copy = ((ObjectNode) collection).deepCopy();
        List<JsonNode> reduced = new ArrayList<>();
        for (JsonNode feature : copy.path("features")) {
            ObjectNode properties = (ObjectNode) feature.path("properties");
            properties.retain(Set.copyOf(FIGURES));
            reduced.add(properties.put("code", feature.path("id").asString()));
        }
        copy.putArray("features").addAll(reduced);
        return copy;
    }

    private JsonNode kienGiangKcnTarget(int year) {
        for (JsonNode target : http().get("/api/targets").json()) {
            if (target.path("scopeCode").asString().equals("kien-giang") && "KCN".equals(target.path("zoneKind").asString())
                    && target.path("metric").asString().equals("occupancy_pct") && target.path("year").asInt() == year) {
                return target;
            }
        }
        throw new AssertionError("no Kiên Giang KCN occupancy target for " + year);
    }

    private JsonNode row(String read, String group) {
        for (JsonNode row : http().get(read).json()) {
            if (row.path("group").asString().equals(group)) {
                return row;
            }
        }
        throw new AssertionError("no row " + group + " in " + read);
    }
}
