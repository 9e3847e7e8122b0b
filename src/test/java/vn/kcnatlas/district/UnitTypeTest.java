package vn.kcnatlas.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTypeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "huyện, HUYEN", "Huyen, HUYEN", "H., HUYEN", "h, HUYEN", "huyen, HUYEN",
        "thành phố, THANH_PHO", "Thanh Pho, THANH_PHO", "TP, THANH_PHO", "TP., THANH_PHO", "thanh_pho, THANH_PHO",
        "thị xã, THI_XA", "TX, THI_XA", "thi_xa, THI_XA", "Thi-xa, THI_XA",
        "quận, QUAN", "Q., QUAN", "quan, QUAN"})
    void parseReadsEveryUsualSpelling(String written, UnitType expected) {
        assertThat(UnitType.parse(written)).contains(expected);
    }

    @Test
    void parseOfUnknownOrMissingIsEmpty() {
        assertThat(UnitType.parse("xã")).isEmpty();
        assertThat(UnitType.parse("tỉnh")).isEmpty();
        assertThat(UnitType.parse("")).isEmpty();
        assertThat(UnitType.parse(null)).isEmpty();
        assertThat(UnitType.parse("huyện Cao Lãnh")).isEmpty();
    }

    @Test
    void fromCodeTakesOnlyTheStoredCode() {
        assertThat(UnitType.fromCode("thanh_pho")).contains(UnitType.THANH_PHO);
        assertThat(UnitType.fromCode("huyen")).contains(UnitType.HUYEN);
        assertThat(UnitType.fromCode("TP")).isEmpty();
        assertThat(UnitType.fromCode("THANH_PHO")).isEmpty();
        assertThat(UnitType.fromCode(null)).isEmpty();
    }

    @Test
    void codesAbbreviationsAndWords() {
        assertThat(UnitType.HUYEN.code()).isEqualTo("huyen");
        assertThat(UnitType.THANH_PHO.code()).isEqualTo("thanh_pho");
        assertThat(UnitType.THI_XA.code()).isEqualTo("thi_xa");
        assertThat(UnitType.QUAN.code()).isEqualTo("quan");
        assertThat(UnitType.HUYEN.abbreviation()).isEqualTo("H.");
        assertThat(UnitType.THANH_PHO.abbreviation()).isEqualTo("TP");
        assertThat(UnitType.THI_XA.word()).isEqualTo("thị xã");
    }

    @Test
    void onlyHuyenIsRural() {
        assertThat(UnitType.HUYEN.isUrban()).isFalse();
        assertThat(UnitType.THANH_PHO.isUrban()).isTrue();
        assertThat(UnitType.THI_XA.isUrban()).isTrue();
        assertThat(UnitType.QUAN.isUrban()).isTrue();
    }

    @Test
    void displayNamePutsTheAbbreviationFirst() {
        assertThat(District.displayName(UnitType.HUYEN, "Cao Lãnh")).isEqualTo("H. Cao Lãnh");
        assertThat(District.displayName(UnitType.THANH_PHO, "Cao Lãnh")).isEqualTo("TP Cao Lãnh");
        assertThat(District.displayName(UnitType.THI_XA, "Hồng Ngự")).isEqualTo("TX Hồng Ngự");
    }

    @Test
    void splitSeparatesEachPrefix() {
        assertSplit("H. Cao Lãnh", UnitType.HUYEN, "cao lanh");
        assertSplit("huyện Cao Lãnh", UnitType.HUYEN, "cao lanh");
        assertSplit("TP Cao Lãnh", UnitType.THANH_PHO, "cao lanh");
        assertSplit("Thành phố Cao Lãnh", UnitType.THANH_PHO, "cao lanh");
        assertSplit("TX. Hồng Ngự", UnitType.THI_XA, "hong ngu");
        assertSplit("Quận 1", UnitType.QUAN, "1");
    }

    @Test
    void splitWithoutPrefixGivesTheFoldedName() {
        UnitType.WrittenName name = UnitType.split("Cao Lãnh");
        assertThat(name.unitType()).isEmpty();
        assertThat(name.foldedName()).isEqualTo("cao lanh");
    }

    @Test
    void splitNeedsAWordBoundaryAfterThePrefix() {
        assertThat(UnitType.split("Hồng Ngự").unitType()).isEmpty();
        assertThat(UnitType.split("Thanh Bình").unitType()).isEmpty();
        assertThat(UnitType.split("Tháp Mười").unitType()).isEmpty();
    }

    @Test
    void splitOfThePrefixAloneKeepsIt() {
        assertThat(UnitType.split("Huyện").unitType()).isEmpty();
        assertThat(UnitType.split("Huyện").foldedName()).isEqualTo("huyen");
    }

    private static void assertSplit(String written, UnitType type, String foldedName) {
        UnitType.WrittenName name = UnitType.split(written);
        assertThat(name.unitType()).as(written).isEqualTo(Optional.of(type));
        assertThat(name.foldedName()).as(written).isEqualTo(foldedName);
    }
}
