package vn.kcnatlas.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

import vn.kcnatlas.support.Zones;

class ZoneRulesTest {

    private static final Geometry SQUARE = Zones.square(105.65, 10.55, 1000);

    @Test
    void validDraftHasNoProblems() {
        assertThat(ZoneRules.problems(draft())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kcn-a", "kcn-tan-kieu", "kcn-thanh-loc-2", "ccn-123", "ccn-vinh-hoa-hung-nam"})
    void wellFormedCodesPass(String code) {
        ZoneKind kind = code.startsWith("kcn") ? ZoneKind.KCN : ZoneKind.CCN;
        assertThat(ZoneRules.problems(draft(code, kind))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"KCN-Tan-Kieu", "kcn_tan_kieu", "kcn-tân-kiều", "kcn-", "kcn", "kcn--tan", "kcn-tan-",
        "kcn-tan kieu", "kcx-tan", "tan-kieu", " kcn-tan", ""})
    void malformedCodeIsAProblem(String code) {
        assertThat(ZoneRules.problems(draft(code, ZoneKind.KCN))).containsExactly("code '" + code
                + "' must be 'kcn-' or 'ccn-' followed by lower-case ASCII words joined by '-', e.g. kcn-tan-kieu");
    }

    @Test
    void codeMustStartWithItsKind() {
        assertThat(ZoneRules.problems(draft("ccn-tan-kieu", ZoneKind.KCN)))
                .containsExactly("code 'ccn-tan-kieu' must start with 'kcn-' for a KCN");
        assertThat(ZoneRules.problems(draft("kcn-ba-sao", ZoneKind.CCN)))
                .containsExactly("code 'kcn-ba-sao' must start with 'ccn-' for a CCN");
    }

    @Test
    void malformedCodeIsNotAlsoReportedForItsKind() {
        assertThat(ZoneRules.problems(draft("CCN-Tan", ZoneKind.KCN))).hasSize(1);
    }

    @Test
    void missingCodeOrKindIsLeftToTheReader() {
        assertThat(ZoneRules.problems(draft(null, ZoneKind.KCN))).isEmpty();
        assertThat(ZoneRules.problems(draft("kcn-tan-kieu", null))).isEmpty();
    }

    @Test
    void leasableAboveAreaIsAProblem() {
        assertThat(ZoneRules.problems(land(100.0, 100.5, null, null)))
                .containsExactly("leasableHa (100.5) cannot exceed areaHa (100.0)");
    }

    @Test
    void clearedAboveAreaIsAProblem() {
        assertThat(ZoneRules.problems(land(100.0, null, 120.0, null)))
                .containsExactly("clearedHa (120.0) cannot exceed areaHa (100.0)");
    }

    @Test
    void leasedAboveLeasableIsAProblem() {
        assertThat(ZoneRules.problems(land(100.0, 70.0, null, 80.0)))
                .containsExactly("leasedHa (80.0) cannot exceed leasableHa (70.0)");
    }

    @Test
    void leasedAboveAreaIsAProblemEvenWithoutLeasable() {
        assertThat(ZoneRules.problems(land(100.0, null, null, 101.0)))
                .containsExactly("leasedHa (101.0) cannot exceed areaHa (100.0)");
    }

    @Test
    void leasedAboveBothLeasableAndAreaNamesBoth() {
        assertThat(ZoneRules.problems(land(100.0, 70.0, null, 120.0))).containsExactly(
                "leasedHa (120.0) cannot exceed leasableHa (70.0)", "leasedHa (120.0) cannot exceed areaHa (100.0)");
    }

    @Test
    void figuresEqualToTheirLimitsPass() {
        assertThat(ZoneRules.problems(land(100.0, 100.0, 100.0, 100.0))).isEmpty();
    }

    @Test
    void unknownFiguresAreNotCompared() {
        assertThat(ZoneRules.problems(land(null, 70.0, 500.0, 60.0))).isEmpty();
        assertThat(ZoneRules.problems(land(null, null, null, null))).isEmpty();
        assertThat(ZoneRules.problems(land(100.0, null, null, null))).isEmpty();
    }

    @Test
    void zeroAreaIsAProblem() {
        assertThat(ZoneRules.problems(land(0.0, null, null, null))).containsExactly("areaHa must be more than 0");
    }

    @Test
    void negativeAreaIsAProblem() {
        assertThat(ZoneRules.problems(land(-5.0, null, null, null))).containsExactly("areaHa must be more than 0");
    }

    @Test
    void rentMinAboveRentMaxIsAProblem() {
        assertThat(ZoneRules.problems(rent(50.0, 40.0)))
                .containsExactly("rentMinUsdM2 (50.0) cannot exceed rentMaxUsdM2 (40.0)");
    }

    @Test
    void rentRangeMayBeOneValueOrOpen() {
        assertThat(ZoneRules.problems(rent(45.0, 45.0))).isEmpty();
        assertThat(ZoneRules.problems(rent(45.0, null))).isEmpty();
        assertThat(ZoneRules.problems(rent(null, 45.0))).isEmpty();
    }

    @Test
    void boundaryWithoutQualityIsAProblem() {
        assertThat(ZoneRules.problems(boundary(SQUARE, null))).containsExactly(
                "boundaryQuality is required with a boundary (surveyed, digitized or approximate)");
    }

    @Test
    void qualityWithoutBoundaryIsAProblem() {
        assertThat(ZoneRules.problems(boundary(null, BoundaryQuality.SURVEYED)))
                .containsExactly("boundaryQuality is given but the zone has no boundary");
    }

    @Test
    void neitherBoundaryNorQualityPasses() {
        assertThat(ZoneRules.problems(boundary(null, null))).isEmpty();
    }



    @Test
    void everyBrokenRuleIsReported() {
        ZoneDraft draft = new ZoneDraft("ccn-x", "X", null, ZoneKind.KCN, "dong-thap", "H. Cao Lãnh", null,
                Lifecycle.PLANNED, null, null, null, BoundaryQuality.SURVEYED,
                new LandFigures(10.0, 20.0, ClearanceStatus.NOT_STARTED, 30.0, 5.0),
                new InvestmentCall(InvestmentStatus.NOT_OPEN, null, null, 9.0, 1.0), Provenance.NONE);
        assertThat(ZoneRules.problems(draft)).hasSize(5);
    }

    @Test
    void codePatternIsAnchored() {
        assertThat(ZoneRules.CODE.matcher("xkcn-a").matches()).isFalse();
        assertThat(ZoneRules.CODE.matcher("kcn-a\n").matches()).isFalse();
    }

    // --- fixtures ---

    private static ZoneDraft draft() {
        return draft("kcn-tan-kieu", ZoneKind.KCN);
    }

    private static ZoneDraft draft(String code, ZoneKind kind) {
        return new ZoneDraft(code, "Tân Kiều", null, kind, "dong-thap", "H. Cao Lãnh", null, Lifecycle.PLANNED, null,
                null, SQUARE, BoundaryQuality.APPROXIMATE,
                new LandFigures(100.0, 70.0, ClearanceStatus.IN_PROGRESS, 20.0, 10.0),
                new InvestmentCall(InvestmentStatus.SEEKING_TENANTS, null, null, 30.0, 45.0),
                new Provenance("test", List.of(), null));
    }

    private static ZoneDraft land(Double area, Double leasable, Double cleared, Double leased) {
        ZoneDraft d = draft();
        return new ZoneDraft(d.code(), d.name(), null, d.kind(), d.province(), d.district(), null, d.lifecycle(), null,
                null, d.geometry(), d.boundaryQuality(),
                new LandFigures(area, leasable, ClearanceStatus.IN_PROGRESS, cleared, leased), d.investment(),
                d.provenance());
    }

    private static ZoneDraft rent(Double min, Double max) {
        ZoneDraft d = draft();
        return new ZoneDraft(d.code(), d.name(), null, d.kind(), d.province(), d.district(), null, d.lifecycle(), null,
                null, d.geometry(), d.boundaryQuality(), d.land(),
                new InvestmentCall(InvestmentStatus.SEEKING_TENANTS, null, null, min, max), d.provenance());
    }

    private static ZoneDraft boundary(Geometry geometry, BoundaryQuality quality) {
        ZoneDraft d = draft();
        return new ZoneDraft(d.code(), d.name(), null, d.kind(), d.province(), d.district(), null, d.lifecycle(), null,
                null, geometry, quality, d.land(), d.investment(), d.provenance());
    }
}
