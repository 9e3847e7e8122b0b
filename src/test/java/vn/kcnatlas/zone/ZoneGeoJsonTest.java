package vn.kcnatlas.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.Parsed;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.support.Zones;

class ZoneGeoJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MultiPolygon SQUARE = Zones.square(105.65, 10.55, 1000);

    /** Every property a served zone carries, facts then derived figures. */
    private static final List<String> SERVED_PROPERTIES = List.of("code", "name", "nameInSource", "kind",
            "provinceCode", "districtCode", "commune", "lifecycle", "decisionNumber", "decisionDate",
            "boundaryQuality", "areaHa", "leasableHa", "leasedHa", "clearanceStatus", "clearedHa", "investmentStatus",
            "developer", "contact", "contactId", "rentMinUsdM2", "rentMaxUsdM2", "rentBasis", "rentUntilYear", "source", "sourceIds", "asOf", "version",
            "updatedAt", "updatedBy", "province", "district", "commune2025Code", "commune2025Name", "province2025Code",
            "province2025Name", "unit2025Basis", "hasBoundary", "availableHa", "occupancyPct",
            "occupancyBasis", "occupancyAsOf", "geometricAreaHa", "areaMismatch", "lotCount", "illustrativeLotCount",
            "lotsHa", "lotsLeasedHa", "lotsAvailableHa", "markerPoint", "figureSources", "editedAt", "editedBy");

    private static final List<String> DERIVED_PROPERTIES = List.of("province", "district", "commune2025Code",
            "commune2025Name", "province2025Code", "province2025Name", "unit2025Basis", "hasBoundary",
            "availableHa", "occupancyPct", "occupancyBasis", "occupancyAsOf", "geometricAreaHa", "areaMismatch",
            "lotCount", "illustrativeLotCount", "lotsHa", "lotsLeasedHa", "lotsAvailableHa", "markerPoint",
            "figureSources", "editedAt", "editedBy");

    // --- read: a complete feature ---

    @Test
    void completeValidFeatureParsesToTheExpectedDraft() {
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", valid(), SQUARE);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.ignoredProperties()).isEmpty();
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value()).isEqualTo(new ZoneDraft("kcn-tan-kieu", "Tân Kiều", "KCN Tân Kiều (mở rộng)",
                ZoneKind.KCN, "Đồng Tháp", "H. Cao Lãnh", "Ba Sao", Lifecycle.UNDER_CONSTRUCTION, "QĐ 1/2022",
                LocalDate.of(2022, 3, 1), SQUARE, BoundaryQuality.APPROXIMATE,
                new LandFigures(100.0, 70.0, ClearanceStatus.IN_PROGRESS, 20.0, 10.0),
                new InvestmentCall(InvestmentStatus.SEEKING_TENANTS, "Công ty Hạ tầng", "0277 000 000", 30.0, 45.0),
                new Provenance("Quyết định 1/2022", List.of("plan-1", "plan-2"), LocalDate.of(2022, 12, 31))));
    }

    @Test
    void optionalPropertiesMayBeAbsent() {
        ObjectNode p = JSON.createObjectNode();
        p.put("name", "Tân Kiều");
        p.put("kind", "KCN");
        p.put("province", "Đồng Tháp");
        p.put("district", "H. Cao Lãnh");
        p.put("lifecycle", "planned");
        p.put("clearanceStatus", "not_started");
        p.put("investmentStatus", "not_open");

        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, null);

        assertThat(parsed.problems()).isEmpty();
        ZoneDraft draft = parsed.value();
        assertThat(draft.land()).isEqualTo(new LandFigures(null, null, ClearanceStatus.NOT_STARTED, null, null));
        assertThat(draft.investment()).isEqualTo(new InvestmentCall(InvestmentStatus.NOT_OPEN, null, null, null, null));
        assertThat(draft.provenance()).isEqualTo(new Provenance(null, List.of(), null));
        assertThat(draft.geometry()).isNull();
        assertThat(draft.boundaryQuality()).isNull();
    }

    @Test
    void blankTextCountsAsAbsent() {
        ObjectNode p = valid();
        p.put("commune", "   ");
        p.put("developer", "");
        ZoneDraft draft = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).value();
        assertThat(draft.commune()).isNull();
        assertThat(draft.investment().developer()).isNull();
    }

    @Test
    void textIsStripped() {
        ObjectNode p = valid();
        p.put("name", "  Tân Kiều \t");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).value().name()).isEqualTo("Tân Kiều");
    }

    @Test
    void enumCodesIgnoreCaseAndAcceptHyphensAndSpaces() {
        ObjectNode p = valid();
        p.put("kind", "kcn");
        p.put("lifecycle", "Under-Construction");
        p.put("investmentStatus", "seeking tenants");
        p.put("boundaryQuality", "APPROXIMATE");
        ZoneDraft draft = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).value();
        assertThat(draft.kind()).isEqualTo(ZoneKind.KCN);
        assertThat(draft.lifecycle()).isEqualTo(Lifecycle.UNDER_CONSTRUCTION);
        assertThat(draft.investment().status()).isEqualTo(InvestmentStatus.SEEKING_TENANTS);
        assertThat(draft.boundaryQuality()).isEqualTo(BoundaryQuality.APPROXIMATE);
    }

    @Test
    void provinceCodeAndDistrictCodeArePreferredOverNames() {
        ObjectNode p = valid();
        p.put("provinceCode", "dong-thap");
        p.put("districtCode", "dong-thap.huyen-cao-lanh");
        ZoneDraft draft = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).value();
        assertThat(draft.province()).isEqualTo("dong-thap");
        assertThat(draft.district()).isEqualTo("dong-thap.huyen-cao-lanh");
    }

    @Test
    void codesAloneStandForProvinceAndDistrict() {
        ObjectNode p = valid();
        p.remove("province");
        p.remove("district");
        p.put("provinceCode", "dong-thap");
        p.put("districtCode", "dong-thap.huyen-cao-lanh");
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value().province()).isEqualTo("dong-thap");
    }

    @Test
    void singleSourceIdIsAListOfOne() {
        ObjectNode p = valid();
        p.put("sourceIds", " plan-9 ");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).value().provenance().sourceIds())
                .containsExactly("plan-9");
    }

    @Test
    void sourceIdsHoldingANumberIsAProblem() {
        ObjectNode p = valid();
        p.putArray("sourceIds").add("plan-1").add(7);
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems())
                .singleElement().asString().startsWith("sourceIds must hold only text");
    }

    @Test
    void numberWhereTextIsExpectedIsTakenAsText() {
        ObjectNode p = valid();
        p.put("decisionNumber", 1234);
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).value().decisionNumber()).isEqualTo("1234");
    }

    @Test
    void objectWhereTextIsExpectedIsAProblem() {
        ObjectNode p = valid();
        p.putObject("name").put("vi", "Tân Kiều");
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.problems()).singleElement().asString().startsWith("name must be text, got an object");
    }

    @Test
    void badDateIsAProblemNamingTheFormat() {
        ObjectNode p = valid();
        p.put("decisionDate", "01/03/2022");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems())
                .containsExactly("decisionDate must be a date written YYYY-MM-DD, got '01/03/2022'");
    }

    // --- read: code and feature id ---

    @Test
    void codeComesFromTheFeatureIdWhenThereIsNoCodeProperty() {
        ObjectNode p = valid();
        p.remove("code");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).value().code()).isEqualTo("kcn-tan-kieu");
    }

    @Test
    void codePropertySufficesWithoutAFeatureId() {
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read(null, valid(), SQUARE);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value().code()).isEqualTo("kcn-tan-kieu");
    }

    @Test
    void codeDifferingFromTheFeatureIdIsAProblem() {
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-sa-dec", valid(), SQUARE);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.value()).isNull();
        assertThat(parsed.problems()).containsExactly("code 'kcn-tan-kieu' differs from the feature id 'kcn-sa-dec'");
    }

    @Test
    void codeMissingEverywhereIsAProblem() {
        ObjectNode p = valid();
        p.remove("code");
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read(null, p, SQUARE);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.problems()).containsExactly("code is required (as the feature id or a 'code' property)");
    }

    @Test
    void malformedCodeIsARuleProblem() {
        ObjectNode p = valid();
        p.put("code", "KCN Tân Kiều");
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read(null, p, SQUARE);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems()).singleElement().asString().contains("'KCN Tân Kiều'", "kcn-", "ccn-");
    }

    @Test
    void codeOfTheOtherKindIsARuleProblem() {
        ObjectNode p = valid();
        p.put("code", "ccn-tan-kieu");
        assertThat(ZoneGeoJson.read(null, p, SQUARE).problems())
                .containsExactly("code 'ccn-tan-kieu' must start with 'kcn-' for a KCN");
    }

    // --- read: required properties ---

    @ParameterizedTest
    @ValueSource(strings = {"name", "kind", "lifecycle", "clearanceStatus", "investmentStatus", "province",
        "district"})
    void missingRequiredPropertyIsAProblemNamingIt(String property) {
        ObjectNode p = valid();
        p.remove(property);
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.value()).isNull();
        assertThat(parsed.problems()).singleElement().asString().startsWith(property + " is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "kind", "lifecycle", "clearanceStatus", "investmentStatus", "province",
        "district"})
    void nullOrBlankRequiredPropertyIsMissing(String property) {
        ObjectNode p = valid();
        p.putNull(property);
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems()).singleElement().asString()
                .startsWith(property + " is required");
        p.put(property, "  ");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems()).singleElement().asString()
                .startsWith(property + " is required");
    }

    @Test
    void missingEnumPropertyNamesTheAllowedCodes() {
        ObjectNode p = valid();
        p.remove("lifecycle");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems())
                .containsExactly("lifecycle is required (one of planned, under_construction, operating,"
                        + " removed_from_plan)");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read(null, JSON.createObjectNode(), null);
        assertThat(parsed.problems()).hasSize(8);
        assertThat(parsed.problems()).anySatisfy(m -> assertThat(m).startsWith("code is required"))
                .anySatisfy(m -> assertThat(m).startsWith("name is required"))
                .anySatisfy(m -> assertThat(m).startsWith("kind is required"))
                .anySatisfy(m -> assertThat(m).startsWith("province is required"))
                .anySatisfy(m -> assertThat(m).startsWith("district is required"))
                .anySatisfy(m -> assertThat(m).startsWith("lifecycle is required"))
                .anySatisfy(m -> assertThat(m).startsWith("clearanceStatus is required"))
                .anySatisfy(m -> assertThat(m).startsWith("investmentStatus is required"));
    }

    @Test
    void nullPropertiesAreReadAsNone() {
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", null, null);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.problems()).hasSize(7).noneMatch(m -> m.startsWith("code"));
    }

    // --- read: enum values ---

    @Test
    void unknownKindNamesTheAllowedCodes() {
        assertUnknownCode("kind", "KCX", "kind 'KCX' is not one of KCN, CCN");
    }

    @Test
    void unknownLifecycleNamesTheAllowedCodes() {
        assertUnknownCode("lifecycle", "active",
                "lifecycle 'active' is not one of planned, under_construction, operating, removed_from_plan");
    }

    @Test
    void unknownClearanceStatusNamesTheAllowedCodes() {
        assertUnknownCode("clearanceStatus", "half",
                "clearanceStatus 'half' is not one of not_started, in_progress, completed");
    }

    @Test
    void unknownInvestmentStatusNamesTheAllowedCodes() {
        assertUnknownCode("investmentStatus", "open", "investmentStatus 'open' is not one of not_open,"
                + " seeking_infrastructure_investor, seeking_tenants, closed");
    }

    @Test
    void unknownBoundaryQualityNamesTheAllowedCodes() {
        assertUnknownCode("boundaryQuality", "rough",
                "boundaryQuality 'rough' is not one of surveyed, digitized, approximate");
    }

    private static void assertUnknownCode(String property, String value, String problem) {
        ObjectNode p = valid();
        p.put(property, value);
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.problems()).containsExactly(problem);
    }

    // --- read: numbers ---

    @Test
    void numberWrittenAsTextWithDecimalCommaIsRead() {
        ObjectNode p = valid();
        p.put("clearedHa", "12,5");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).value().land().clearedHa()).isEqualTo(12.5);
    }

    @Test
    void numberWrittenAsTextWithDecimalPointAndSpacesIsRead() {
        ObjectNode p = valid();
        p.put("areaHa", " 100.75 ");
        p.put("rentMinUsdM2", "30");
        ZoneDraft draft = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).value();
        assertThat(draft.land().areaHa()).isEqualTo(100.75);
        assertThat(draft.investment().rentMinUsdM2()).isEqualTo(30.0);
    }

    @Test
    void blankNumberTextIsAbsent() {
        ObjectNode p = valid();
        p.put("leasedHa", " ");
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value().land().leasedHa()).isNull();
    }

    @Test
    void zeroIsAllowedForFiguresOtherThanArea() {
        ObjectNode p = valid();
        p.put("leasedHa", 0);
        p.put("clearedHa", 0.0);
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value().land().leasedHa()).isZero();
    }

    @Test
    void zeroAreaIsARuleProblem() {
        ObjectNode p = valid();
        p.put("areaHa", 0);
        p.remove("leasableHa");
        p.remove("clearedHa");
        p.remove("leasedHa");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems()).containsExactly("areaHa must be more than 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"areaHa", "leasableHa", "clearedHa", "leasedHa", "rentMinUsdM2", "rentMaxUsdM2"})
    void negativeNumberIsRefused(String property) {
        ObjectNode p = valid();
        p.put(property, -1.5);
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.problems()).containsExactly(property + " must be a number of at least 0, got -1.5");
    }

    @Test
    void negativeNumberWrittenAsTextIsRefused() {
        ObjectNode p = valid();
        p.put("leasedHa", "-3");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems())
                .containsExactly("leasedHa must be a number of at least 0, got -3.0");
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        ObjectNode p = valid();
        p.put("leasableHa", "about 70");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems())
                .containsExactly("leasableHa must be a number, got 'about 70'");
    }

    @Test
    void trueFalseIsNotANumber() {
        ObjectNode p = valid();
        p.put("areaHa", true);
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems())
                .containsExactly("areaHa must be a number, got true/false (true)");
    }

    @Test
    void listIsNotANumber() {
        ObjectNode p = valid();
        p.putArray("areaHa").add(1).add(2);
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems())
                .containsExactly("areaHa must be a number, got a list ([1,2])");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void nonFiniteNumbersAreRefused(String text) {
        ObjectNode p = valid();
        p.put("areaHa", text);
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.problems()).singleElement().asString().startsWith("areaHa must be a number");
    }

    // --- read: rules applied after reading ---

    @Test
    void ruleProblemsKeepTheDraftButAreNotOk() {
        ObjectNode p = valid();
        p.put("leasedHa", 80);
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.value()).isNotNull();
        assertThat(parsed.problems()).containsExactly("leasedHa (80.0) cannot exceed leasableHa (70.0)");
    }

    @Test
    void boundaryWithoutQualityIsAProblem() {
        ObjectNode p = valid();
        p.remove("boundaryQuality");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems()).singleElement().asString()
                .startsWith("boundaryQuality is required with a boundary");
    }

    @Test
    void qualityWithoutBoundaryIsAProblem() {
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", valid(), null).problems())
                .containsExactly("boundaryQuality is given but the zone has no boundary");
    }

    // --- read: unknown and server-managed properties ---

    @Test
    void unknownPropertiesAreReportedAsIgnored() {
        ObjectNode p = valid();
        p.put("colour", "red");
        p.put("ten_khu", "Tân Kiều");
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.ignoredProperties()).containsExactlyInAnyOrder("colour", "ten_khu");
    }

    @Test
    void unknownPropertiesAreReportedEvenWithProblems() {
        ObjectNode p = valid();
        p.remove("name");
        p.put("Name", "Tân Kiều");
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.ignoredProperties()).containsExactly("Name");
    }

    @Test
    void serverManagedPropertiesAreSilentlyAccepted() {
        ObjectNode p = valid();
        p.put("version", 7);
        p.put("updatedAt", "2026-01-01T00:00:00Z");
        p.put("updatedBy", "lan");
        p.put("hasBoundary", true);
        p.put("availableHa", 60);
        p.put("occupancyPct", 14.29);
        p.put("occupancyBasis", "leased_area");
        p.put("occupancyAsOf", "2022-12-31");
        p.put("geometricAreaHa", 100.01);
        p.put("areaMismatch", false);
        p.put("lotCount", 3);
        p.put("lotsHa", 12.5);
        p.put("lotsLeasedHa", 2.5);
        p.put("lotsAvailableHa", 10);
        p.putArray("markerPoint").add(105.65).add(10.55);

        Parsed<ZoneDraft> parsed = ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.ignoredProperties()).isEmpty();
        assertThat(parsed.value()).isEqualTo(ZoneGeoJson.read("kcn-tan-kieu", valid(), SQUARE).value());
    }

    @Test
    void serverManagedValuesDoNotNeedToBeValid() {
        ObjectNode p = valid();
        p.put("availableHa", "lots");
        p.put("version", "x");
        assertThat(ZoneGeoJson.read("kcn-tan-kieu", p, SQUARE).problems()).isEmpty();
    }

    // --- feature ---

    @Test
    void featureWritesEveryDocumentedProperty() {
        GeoJsonFeature feature = ZoneGeoJson.feature(view(revised(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN,
                105.65, 10.55)), LotTotals.NONE, null));
        assertThat(feature.properties().keySet()).containsExactlyInAnyOrderElementsOf(SERVED_PROPERTIES);
    }

    @Test
    void featureIdIsTheCodeAndGeometryTheBoundary() {
        Zone zone = Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55);
        GeoJsonFeature feature = ZoneGeoJson.feature(view(zone, LotTotals.NONE, null));
        assertThat(feature.id()).isEqualTo("kcn-tan-kieu");
        assertThat(feature.geometry()).isSameAs(zone.boundary());
    }

    @Test
    void featureWritesFactsAsDeclaredAndCodesAsCodes() {
        Zone zone = Zones.zone("ccn-ba-sao", "Ba Sao", ZoneKind.CCN, 105.65, 10.55);
        Map<String, Object> p = ZoneGeoJson.feature(view(zone, LotTotals.NONE, null)).properties();

        assertThat(p).containsEntry("code", "ccn-ba-sao").containsEntry("name", "Ba Sao")
                .containsEntry("kind", "CCN").containsEntry("provinceCode", "dong-thap")
                .containsEntry("districtCode", "dong-thap.huyen-cao-lanh").containsEntry("commune", "Ba Sao")
                .containsEntry("lifecycle", "planned").containsEntry("decisionNumber", "QĐ 1/2022")
                .containsEntry("decisionDate", "2022-03-01").containsEntry("boundaryQuality", "approximate")
                .containsEntry("areaHa", 100.0).containsEntry("leasableHa", 70.0).containsEntry("leasedHa", 10.0)
                .containsEntry("clearanceStatus", "in_progress").containsEntry("clearedHa", 20.0)
                .containsEntry("investmentStatus", "seeking_tenants")
                .containsEntry("developer", "Công ty Phát triển Hạ tầng").containsEntry("contact", "0277 000 000")
                .containsEntry("rentMinUsdM2", 30.0).containsEntry("rentMaxUsdM2", 45.0)
                .containsEntry("source", "test fixture").containsEntry("sourceIds", List.of("plan-1"))
                .containsEntry("asOf", "2022-12-31");
    }

    @Test
    void featureWritesPlaceNamesBesideTheCodes() {
        Zone zone = Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55);
        Map<String, Object> p = ZoneGeoJson.feature(view(zone, LotTotals.NONE, null)).properties();
        assertThat(p).containsEntry("province", "Đồng Tháp").containsEntry("district", "H. Cao Lãnh");
    }

    @Test
    void featureWritesDerivedFigures() {
        Zone zone = Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55);
        Map<String, Object> p = ZoneGeoJson.feature(view(zone, LotTotals.NONE, null)).properties();
        assertThat(p).containsEntry("hasBoundary", true).containsEntry("availableHa", 60.0)
                .containsEntry("occupancyPct", 14.29).containsEntry("occupancyBasis", "leased_area")
                .containsEntry("occupancyAsOf", "2022-12-31").containsEntry("areaMismatch", false)
                .containsEntry("lotCount", 0);
        assertThat((Double) p.get("geometricAreaHa")).isCloseTo(100.0, within(0.5));
    }

    @Test
    void featureRoundsDerivedFiguresToTwoDecimals() {
        Zone zone = withLand(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55),
                new LandFigures(100.555, 70.123, ClearanceStatus.COMPLETED, null, 10.456));
        Map<String, Object> p = ZoneGeoJson.feature(view(zone, new LotTotals(3, 0, 12.3456, 2.3456, 1.0, 9.0001, null), null))
                .properties();

        assertThat(p.get("availableHa")).isEqualTo(59.67);
        assertThat(p.get("occupancyPct")).isEqualTo(14.91);
        assertThat(p.get("lotsHa")).isEqualTo(12.35);
        assertThat(p.get("lotsLeasedHa")).isEqualTo(2.35);
        assertThat(p.get("lotsAvailableHa")).isEqualTo(9.0);
        double geometric = GeodesicArea.hectares(zone.boundary());
        assertThat(p.get("geometricAreaHa")).isEqualTo(Math.round(geometric * 100) / 100.0);
        // Declared facts are written as declared.
        assertThat(p).containsEntry("areaHa", 100.555).containsEntry("leasableHa", 70.123)
                .containsEntry("leasedHa", 10.456);
    }

    @Test
    void featureRoundsTheMarkerPointToSixDecimals() {
        Zone zone = Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55);
        ZoneView view = new ZoneView(zone, new ZonePlace("Đồng Tháp", "H. Cao Lãnh",
                Wgs84.FACTORY.createPoint(new Coordinate(105.123456789, 10.9876544))),
                ZoneFigures.of(zone, LotTotals.NONE, null));
        assertThat(ZoneGeoJson.feature(view).properties().get("markerPoint")).isEqualTo(List.of(105.123457, 10.987654));
    }

    @Test
    void featureWithoutMarkerPointWritesNull() {
        Zone zone = Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55);
        ZoneView view = new ZoneView(zone, new ZonePlace("Đồng Tháp", "H. Cao Lãnh", null),
                ZoneFigures.of(zone, LotTotals.NONE, null));
        Map<String, Object> p = ZoneGeoJson.feature(view).properties();
        assertThat(p).containsKey("markerPoint");
        assertThat(p.get("markerPoint")).isNull();
    }

    @Test
    void featureWithoutLotsWritesNullLotFigures() {
        Zone zone = Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55);
        Map<String, Object> p = ZoneGeoJson.feature(view(zone, LotTotals.NONE, null)).properties();
        assertThat(p).containsEntry("lotCount", 0);
        assertThat(p.get("lotsHa")).isNull();
        assertThat(p.get("lotsLeasedHa")).isNull();
        assertThat(p.get("lotsAvailableHa")).isNull();
    }

    @Test
    void featureWithoutBoundary() {
        Zone zone = withBoundary(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55), null, null);
        GeoJsonFeature feature = ZoneGeoJson.feature(view(zone, LotTotals.NONE, null));
        assertThat(feature.geometry()).isNull();
        assertThat(feature.properties()).containsEntry("hasBoundary", false).containsEntry("areaMismatch", false);
        assertThat(feature.properties().get("geometricAreaHa")).isNull();
        assertThat(feature.properties().get("boundaryQuality")).isNull();
    }

    @Test
    void featureWithReportedOccupancy() {
        Zone zone = withLand(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55),
                new LandFigures(100.0, null, ClearanceStatus.COMPLETED, null, null));
        Map<String, Object> p = ZoneGeoJson.feature(view(zone, LotTotals.NONE,
                new ReportedOccupancy(47.456, null, LocalDate.of(2025, 6, 30), "report-source", null))).properties();
        assertThat(p).containsEntry("occupancyPct", 47.46).containsEntry("occupancyBasis", "reported")
                .containsEntry("occupancyAsOf", "2025-06-30");
        assertThat(p.get("availableHa")).isNull();
    }

    @Test
    void featureWithoutOccupancyWritesNulls() {
        Zone zone = withLand(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55),
                new LandFigures(100.0, null, ClearanceStatus.COMPLETED, null, null));
        Map<String, Object> p = ZoneGeoJson.feature(view(zone, LotTotals.NONE, null)).properties();
        assertThat(p).containsKeys("occupancyPct", "occupancyBasis", "occupancyAsOf");
        assertThat(p.get("occupancyPct")).isNull();
        assertThat(p.get("occupancyBasis")).isNull();
        assertThat(p.get("occupancyAsOf")).isNull();
    }

    @Test
    void featureOfAStoredZoneWritesItsRevision() {
        Zone zone = revised(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55));
        Map<String, Object> p = ZoneGeoJson.feature(view(zone, LotTotals.NONE, null)).properties();
        assertThat(p).containsEntry("version", 3).containsEntry("updatedAt", "2026-01-02T03:04:05Z")
                .containsEntry("updatedBy", "lan");
    }

    @Test
    void featureOfAnUnstoredZoneHasNoRevision() {
        Zone zone = Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55);
        assertThat(ZoneGeoJson.feature(view(zone, LotTotals.NONE, null)).properties())
                .doesNotContainKeys("version", "updatedAt", "updatedBy");
    }

    @Test
    void exportedFeatureImportsUnchangedWithNothingIgnored() {
        Zone zone = revised(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55));
        GeoJsonFeature feature = ZoneGeoJson.feature(view(zone, new LotTotals(2, 0, 5, 1, 1, 3, null), null));
        JsonNode properties = JSON.valueToTree(feature.properties());

        Parsed<ZoneDraft> parsed = ZoneGeoJson.read(feature.id(), properties, feature.geometry());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.ignoredProperties()).isEmpty();
        Zone reimported = parsed.value().toZone(parsed.value().province(), parsed.value().district());
        assertThat(reimported.sameContentAs(zone)).isTrue();
    }

    // --- storedFeature ---

    @Test
    void storedFeatureHasNoDerivedProperties() {
        Zone zone = revised(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55));
        GeoJsonFeature feature = ZoneGeoJson.storedFeature(zone);
        assertThat(feature.properties()).doesNotContainKeys(DERIVED_PROPERTIES.toArray(String[]::new));
        List<String> stored = new java.util.ArrayList<>(SERVED_PROPERTIES.stream()
                .filter(k -> !DERIVED_PROPERTIES.contains(k)).toList());
        stored.addAll(List.of("notes", "contactInternal"));
        assertThat(feature.properties().keySet()).as("the public feature's facts and what staff only read")
                .containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void thePublicNeverReadsNotesNorAnInternalContact() {
        Zone base = revised(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55));
        Zone internal = new Zone(base.code(), base.name(), null, base.kind(), base.provinceCode(), base.districtCode(),
                null, base.lifecycle(), null, null, null, null, base.land(),
                new InvestmentCall(base.investment().status(), "Sonadezi", "0277 000 000", null, null),
                base.provenance(), new StaffOnly("ghi chú", true), base.revision());
        ZoneView view = view(internal, LotTotals.NONE, null);

        Map<String, Object> anyone = ZoneGeoJson.feature(view, Readers.PUBLIC).properties();
        assertThat(anyone).doesNotContainKeys("notes", "contactInternal").containsEntry("contact", null);
        Map<String, Object> staff = ZoneGeoJson.feature(view, Readers.STAFF).properties();
        assertThat(staff).containsEntry("notes", "ghi chú").containsEntry("contactInternal", true)
                .containsEntry("contact", "0277 000 000");
        Map<String, Object> publicContact = ZoneGeoJson.feature(view(new Zone(base.code(), base.name(), null,
                base.kind(), base.provinceCode(), base.districtCode(), null, base.lifecycle(), null, null, null, null,
                base.land(), new InvestmentCall(base.investment().status(), null, "0277 111 111", null, null),
                base.provenance(), new StaffOnly(null, false), base.revision()), LotTotals.NONE, null)).properties();
        assertThat(publicContact).containsEntry("contact", "0277 111 111");
    }

    @Test
    void storedFeatureKeepsIdGeometryAndRevision() {
        Zone zone = revised(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55));
        GeoJsonFeature feature = ZoneGeoJson.storedFeature(zone);
        assertThat(feature.id()).isEqualTo("kcn-tan-kieu");
        assertThat(feature.geometry()).isEqualTo(zone.boundary());
        assertThat(feature.properties()).containsEntry("version", 3).containsEntry("provinceCode", "dong-thap");
    }

    @Test
    void storedFeatureOfAnUnstoredZoneHasNoRevision() {
        Zone zone = Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55);
        assertThat(ZoneGeoJson.storedFeature(zone).properties()).doesNotContainKeys("version", "updatedAt",
                "updatedBy");
    }

    // --- fixtures ---

    private static ObjectNode valid() {
        ObjectNode p = JSON.createObjectNode();
        p.put("code", "kcn-tan-kieu");
        p.put("name", "Tân Kiều");
        p.put("nameInSource", "KCN Tân Kiều (mở rộng)");
        p.put("kind", "KCN");
        p.put("province", "Đồng Tháp");
        p.put("district", "H. Cao Lãnh");
        p.put("commune", "Ba Sao");
        p.put("lifecycle", "under_construction");
        p.put("decisionNumber", "QĐ 1/2022");
        p.put("decisionDate", "2022-03-01");
        p.put("boundaryQuality", "approximate");
        p.put("areaHa", 100);
        p.put("leasableHa", 70.0);
        p.put("clearanceStatus", "in_progress");
        p.put("clearedHa", "20");
        p.put("leasedHa", 10);
        p.put("investmentStatus", "seeking_tenants");
        p.put("developer", "Công ty Hạ tầng");
        p.put("contact", "0277 000 000");
        p.put("rentMinUsdM2", 30);
        p.put("rentMaxUsdM2", 45);
        p.put("source", "Quyết định 1/2022");
        p.putArray("sourceIds").add("plan-1").add("plan-2");
        p.put("asOf", "2022-12-31");
        return p;
    }

    private static ZoneView view(Zone zone, LotTotals lots, ReportedOccupancy reported) {
        return new ZoneView(zone, new ZonePlace("Đồng Tháp", "H. Cao Lãnh",
                zone.boundary() == null ? null : zone.boundary().getInteriorPoint()),
                ZoneFigures.of(zone, lots, reported));
    }

    private static Zone revised(Zone zone) {
        return zone.withRevision(new Revision(3, Instant.parse("2026-01-02T03:04:05Z"), "lan", HistoryAction.UPDATE));
    }

    static Zone withLand(Zone z, LandFigures land) {
        return new Zone(z.code(), z.name(), z.nameInSource(), z.kind(), z.provinceCode(), z.districtCode(),
                z.commune(), z.lifecycle(), z.decisionNumber(), z.decisionDate(), z.boundary(), z.boundaryQuality(),
                land, z.investment(), z.provenance(), z.revision());
    }

    static Zone withBoundary(Zone z, MultiPolygon boundary, BoundaryQuality quality) {
        return new Zone(z.code(), z.name(), z.nameInSource(), z.kind(), z.provinceCode(), z.districtCode(),
                z.commune(), z.lifecycle(), z.decisionNumber(), z.decisionDate(), boundary, quality, z.land(),
                z.investment(), z.provenance(), z.revision());
    }
}
