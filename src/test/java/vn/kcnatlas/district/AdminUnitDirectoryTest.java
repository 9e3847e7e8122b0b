package vn.kcnatlas.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import vn.kcnatlas.geo.Wgs84;

class AdminUnitDirectoryTest {

    private static final Province DONG_THAP = new Province("dong-thap", "Đồng Tháp", point(105.73036, 10.50650), null);
    private static final Province KIEN_GIANG = new Province("kien-giang", "Kiên Giang", point(105.11348, 9.72697),
            null);
    private static final Province THANH_HOA = new Province("thanh-hoa", "Thanh Hóa", point(105.3, 20.0), null);

    private static final District H_CAO_LANH = district("dong-thap.huyen-cao-lanh", "dong-thap", "Cao Lãnh",
            UnitType.HUYEN, 105.65381, 10.56783);
    private static final District TP_CAO_LANH = district("dong-thap.tp-cao-lanh", "dong-thap", "Cao Lãnh",
            UnitType.THANH_PHO, 105.61378, 10.44963);
    private static final District H_HONG_NGU = district("dong-thap.huyen-hong-ngu", "dong-thap", "Hồng Ngự",
            UnitType.HUYEN, 105.26954, 10.84515);
    private static final District TP_HONG_NGU = district("dong-thap.tp-hong-ngu", "dong-thap", "Hồng Ngự",
            UnitType.THANH_PHO, 105.38182, 10.81168);
    private static final District H_LAI_VUNG = district("dong-thap.huyen-lai-vung", "dong-thap", "Lai Vung",
            UnitType.HUYEN, 105.65854, 10.24536);
    private static final District DT_CHAU_THANH = district("dong-thap.huyen-chau-thanh", "dong-thap", "Châu Thành",
            UnitType.HUYEN, 105.82368, 10.22999);
    private static final District KG_CHAU_THANH = district("kien-giang.huyen-chau-thanh", "kien-giang",
            "Châu Thành", UnitType.HUYEN, 105.15864, 9.89895);
    private static final District TP_HA_TIEN = district("kien-giang.tp-ha-tien", "kien-giang", "Hà Tiên",
            UnitType.THANH_PHO, 104.48, 10.38);
    private static final District H_QUAN_SON = district("thanh-hoa.huyen-quan-son", "thanh-hoa", "Quan Sơn",
            UnitType.HUYEN, 104.9, 20.25);

    private final AdminUnitDirectory directory = new AdminUnitDirectory(List.of(DONG_THAP, KIEN_GIANG, THANH_HOA),
            List.of(H_CAO_LANH, TP_CAO_LANH, H_HONG_NGU, TP_HONG_NGU, H_LAI_VUNG, DT_CHAU_THANH, KG_CHAU_THANH,
                    TP_HA_TIEN, H_QUAN_SON));

    // --- provinces ---

    @Test
    void provinceByCode() {
        assertThat(directory.province("kien-giang")).contains(KIEN_GIANG);
    }

    @Test
    void provinceByCodeIgnoresSurroundingSpace() {
        assertThat(directory.province("  dong-thap ")).contains(DONG_THAP);
    }

    @Test
    void provinceByNameWithDiacritics() {
        assertThat(directory.province("Đồng Tháp")).contains(DONG_THAP);
    }

    @Test
    void provinceByFoldedName() {
        assertThat(directory.province("dong thap")).contains(DONG_THAP);
        assertThat(directory.province("KIEN GIANG")).contains(KIEN_GIANG);
    }

    @Test
    void provinceByNameWithTheWordTinh() {
        assertThat(directory.province("tỉnh Đồng Tháp")).contains(DONG_THAP);
        assertThat(directory.province("Tỉnh Kiên Giang")).contains(KIEN_GIANG);
        assertThat(directory.province("Tinh Kien Giang")).contains(KIEN_GIANG);
    }

    @Test
    void provinceByCodeWrittenWithSpacesOrCapitals() {
        assertThat(directory.province("Kien-Giang")).contains(KIEN_GIANG);
    }

    @Test
    void provinceUnknownIsEmpty() {
        assertThat(directory.province("Cần Thơ")).isEmpty();
        assertThat(directory.province("Đồng")).isEmpty();
        assertThat(directory.province("tỉnh")).isEmpty();
    }

    @Test
    void provinceOfNullOrBlankIsEmpty() {
        assertThat(directory.province(null)).isEmpty();
        assertThat(directory.province("")).isEmpty();
        assertThat(directory.province("  ")).isEmpty();
    }

    @Test
    void provinceNamesListsEveryProvinceInOrder() {
        assertThat(directory.provinceNames()).isEqualTo("Đồng Tháp, Kiên Giang, Thanh Hóa");
    }

    // --- districts by code ---

    @Test
    void districtByCode() {
        assertThat(directory.districtByCode("dong-thap.tp-cao-lanh")).contains(TP_CAO_LANH);
        assertThat(directory.districtByCode("dong-thap.cao-lanh")).isEmpty();
    }

    @Test
    void districtWrittenAsItsCode() {
        DistrictMatch match = directory.district("dong-thap", " dong-thap.huyen-cao-lanh ", null, null);
        assertThat(match.found()).isTrue();
        assertThat(match.district()).isEqualTo(H_CAO_LANH);
        assertThat(match.problem()).isNull();
    }

    /** A zone in Đồng Tháp must not be placed in a district of Kiên Giang by its code. */
    @Test
    void districtCodeFromAnotherProvinceIsNotFound() {
        DistrictMatch match = directory.district("dong-thap", "kien-giang.huyen-chau-thanh", null, null);
        assertThat(match.found()).as("district %s found in dong-thap", match.district()).isFalse();
        assertThat(match.problem()).contains("kien-giang.huyen-chau-thanh", "Đồng Tháp");
    }

    @Test
    void districtCodeWithoutProvinceIsFound() {
        assertThat(directory.district(null, "kien-giang.huyen-chau-thanh", null, null).district())
                .isEqualTo(KG_CHAU_THANH);
    }

    // --- districts by name ---

    @Test
    void districtWrittenWithAbbreviatedHuyen() {
        assertThat(find("dong-thap", "H. Cao Lãnh", null)).isEqualTo(H_CAO_LANH);
    }

    @Test
    void districtWrittenWithTheWordHuyen() {
        assertThat(find("dong-thap", "huyện Cao Lãnh", null)).isEqualTo(H_CAO_LANH);
    }

    @Test
    void districtWrittenWithoutDiacritics() {
        assertThat(find("dong-thap", "Huyen Cao Lanh", null)).isEqualTo(H_CAO_LANH);
    }

    @Test
    void districtWrittenWithTp() {
        assertThat(find("dong-thap", "TP Cao Lãnh", null)).isEqualTo(TP_CAO_LANH);
        assertThat(find("dong-thap", "TP. Cao Lãnh", null)).isEqualTo(TP_CAO_LANH);
    }

    @Test
    void districtWrittenWithThanhPho() {
        assertThat(find("dong-thap", "thành phố Cao Lãnh", null)).isEqualTo(TP_CAO_LANH);
        assertThat(find("dong-thap", "Thanh pho Cao Lanh", null)).isEqualTo(TP_CAO_LANH);
    }

    @Test
    void districtWithUnitTypeInASeparateField() {
        assertThat(find("dong-thap", "Cao Lãnh", "huyện")).isEqualTo(H_CAO_LANH);
        assertThat(find("dong-thap", "Cao Lãnh", "thanh_pho")).isEqualTo(TP_CAO_LANH);
        assertThat(find("dong-thap", "Cao Lãnh", "TP")).isEqualTo(TP_CAO_LANH);
    }

    @Test
    void unitTypeInTheNameWinsOverTheSeparateField() {
        assertThat(find("dong-thap", "H. Cao Lãnh", "thành phố")).isEqualTo(H_CAO_LANH);
    }

    @Test
    void bareNameOfTwoUnitsIsAmbiguousAndNamesBoth() {
        DistrictMatch match = directory.district("dong-thap", "Cao Lãnh", null, null);
        assertThat(match.found()).isFalse();
        assertThat(match.district()).isNull();
        assertThat(match.problem()).contains("'Cao Lãnh'", "ambiguous", "H. Cao Lãnh", "TP Cao Lãnh",
                "districtCode");
    }

    @Test
    void unparseableUnitTypeFieldDoesNotNarrow() {
        DistrictMatch match = directory.district("dong-thap", "Cao Lãnh", "xã", null);
        assertThat(match.found()).isFalse();
        assertThat(match.problem()).contains("ambiguous");
    }

    @Test
    void townNameMatchesTheCityItWasUpgradedTo() {
        assertThat(find("dong-thap", "Thi xa Hong Ngu", null)).isEqualTo(TP_HONG_NGU);
        assertThat(find("dong-thap", "thị xã Hồng Ngự", null)).isEqualTo(TP_HONG_NGU);
        assertThat(find("dong-thap", "TX Hồng Ngự", null)).isEqualTo(TP_HONG_NGU);
        assertThat(find("dong-thap", "Hồng Ngự", "thị xã")).isEqualTo(TP_HONG_NGU);
    }

    @Test
    void urbanUnitTypeNeverFallsBackToARuralDistrict() {
        DistrictMatch match = directory.district("dong-thap", "Quận Lai Vung", null, null);
        assertThat(match.found()).isFalse();
        assertThat(match.problem()).contains("quận", "Đồng Tháp", "H. Lai Vung");
    }

    @Test
    void unitTypeWithNoDistrictOfThatTypeIsAProblemNamingWhatThereIs() {
        DistrictMatch match = directory.district("kien-giang", "H. Hà Tiên", null, null);
        assertThat(match.found()).isFalse();
        assertThat(match.problem()).startsWith("no huyện named").contains("Kiên Giang", "TP Hà Tiên");
    }

    @Test
    void unitTypeInSeparateFieldWithNoDistrictOfThatTypeIsAProblem() {
        DistrictMatch match = directory.district("dong-thap", "Lai Vung", "thành phố", null);
        assertThat(match.found()).isFalse();
        assertThat(match.problem()).contains("thành phố", "H. Lai Vung");
    }

    @Test
    void sameNameInTwoProvincesResolvedByProvinceCode() {
        assertThat(find("dong-thap", "Châu Thành", null)).isEqualTo(DT_CHAU_THANH);
        assertThat(find("kien-giang", "huyện Châu Thành", null)).isEqualTo(KG_CHAU_THANH);
    }

    @Test
    void sameNameInTwoProvincesIsAmbiguousWithoutProvince() {
        DistrictMatch match = directory.district(null, "Châu Thành", null, null);
        assertThat(match.found()).isFalse();
        assertThat(match.problem()).contains("ambiguous", "Châu Thành");
    }

    /** Both candidates display as "H. Châu Thành", so the message must tell them apart some other way. */
    @Test
    void ambiguityAcrossProvincesSaysWhichProvinces() {
        DistrictMatch match = directory.district(null, "H. Châu Thành", null, null);
        assertThat(match.found()).isFalse();
        assertThat(match.problem()).satisfiesAnyOf(
                p -> assertThat(p).contains("Đồng Tháp", "Kiên Giang"),
                p -> assertThat(p).contains("dong-thap.huyen-chau-thanh", "kien-giang.huyen-chau-thanh"));
    }

    @Test
    void sameNameInTwoProvincesResolvedByFootprint() {
        Geometry aroundKienGiangLabel = box(105.10, 9.85, 105.20, 9.95);
        DistrictMatch match = directory.district(null, "Châu Thành", null, aroundKienGiangLabel);
        assertThat(match.district()).isEqualTo(KG_CHAU_THANH);

        Geometry aroundDongThapLabel = box(105.80, 10.20, 105.85, 10.25);
        assertThat(directory.district(null, "Châu Thành", null, aroundDongThapLabel).district())
                .isEqualTo(DT_CHAU_THANH);
    }

    @Test
    void footprintContainingNoLabelPointLeavesItAmbiguous() {
        Geometry elsewhere = box(106.0, 11.0, 106.1, 11.1);
        DistrictMatch match = directory.district(null, "Châu Thành", null, elsewhere);
        assertThat(match.found()).isFalse();
        assertThat(match.problem()).contains("ambiguous");
    }

    @Test
    void footprintContainingBothLabelPointsLeavesItAmbiguous() {
        Geometry both = box(105.0, 9.5, 106.0, 10.5);
        assertThat(directory.district(null, "Châu Thành", null, both).found()).isFalse();
    }

    @Test
    void footprintSeparatesCityFromRuralDistrictOfTheSameName() {
        Geometry aroundCity = box(105.60, 10.44, 105.62, 10.46);
        assertThat(directory.district("dong-thap", "Cao Lãnh", null, aroundCity).district()).isEqualTo(TP_CAO_LANH);
    }

    @Test
    void footprintIsIgnoredWhenTheNameAlreadyDecides() {
        Geometry aroundCity = box(105.60, 10.44, 105.62, 10.46);
        assertThat(directory.district("dong-thap", "H. Cao Lãnh", null, aroundCity).district())
                .isEqualTo(H_CAO_LANH);
    }

    @Test
    void unknownNameIsAProblemNamingTheProvince() {
        DistrictMatch match = directory.district("dong-thap", "Tam Nông", null, null);
        assertThat(match.found()).isFalse();
        assertThat(match.problem()).isEqualTo("no district named 'Tam Nông' in Đồng Tháp");
    }

    @Test
    void unknownNameWithoutProvinceDoesNotNameOne() {
        assertThat(directory.district(null, "Tam Nông", null, null).problem())
                .isEqualTo("no district named 'Tam Nông'");
    }

    @Test
    void nameInAnotherProvinceIsNotFound() {
        DistrictMatch match = directory.district("kien-giang", "Cao Lãnh", null, null);
        assertThat(match.found()).isFalse();
        assertThat(match.problem()).contains("Kiên Giang");
    }

    @Test
    void unknownProvinceCodeIsNamedByItsCode() {
        assertThat(directory.district("ca-mau", "Cao Lãnh", null, null).problem())
                .isEqualTo("no district named 'Cao Lãnh' in ca-mau");
    }

    @Test
    void missingNameIsAProblem() {
        assertThat(directory.district("dong-thap", null, null, null).problem()).isEqualTo("district name is missing");
        assertThat(directory.district("dong-thap", "  ", "huyện", null).problem())
                .isEqualTo("district name is missing");
    }

    @Test
    void unitPrefixAloneIsNotAName() {
        assertThat(directory.district("dong-thap", "Huyện", null, null).found()).isFalse();
    }

    @Test
    void bareNameOfASingleUnitIsFound() {
        assertThat(find("dong-thap", "Lai Vung", null)).isEqualTo(H_LAI_VUNG);
        assertThat(find(null, "lai vung", null)).isEqualTo(H_LAI_VUNG);
    }

    /**
     * "Quan Sơn" folds to "quan son", and "quan" is also the folded prefix of quận: the bare name must not be
     * split into unit quận + name "son". The same goes for Quan Hóa and Quản Bạ.
     */
    @Test
    void bareNameStartingWithAUnitWordIsStillFound() {
        assertThat(directory.district("thanh-hoa", "Quan Sơn", null, null).district()).isEqualTo(H_QUAN_SON);
    }

    /** As above, with the unit type in a separate field, as district boundary files give it. */
    @Test
    void bareNameStartingWithAUnitWordIsFoundWithUnitTypeField() {
        assertThat(directory.district("thanh-hoa", "Quan Sơn", "huyện", null).district()).isEqualTo(H_QUAN_SON);
    }

    @Test
    void nameStartingWithAUnitWordIsFoundWithItsPrefix() {
        assertThat(find("thanh-hoa", "huyện Quan Sơn", null)).isEqualTo(H_QUAN_SON);
        assertThat(find("thanh-hoa", "H. Quan Sơn", null)).isEqualTo(H_QUAN_SON);
    }

    @Test
    void directoryKeepsAnImmutableCopyOfItsUnits() {
        List<District> districts = new java.util.ArrayList<>(List.of(H_CAO_LANH));
        AdminUnitDirectory copy = new AdminUnitDirectory(List.of(DONG_THAP), districts);
        districts.add(TP_CAO_LANH);
        assertThat(copy.districts()).containsExactly(H_CAO_LANH);
    }

    private District find(String provinceCode, String written, String unitType) {
        DistrictMatch match = directory.district(provinceCode, written, unitType, null);
        assertThat(match.problem()).as("problem for '%s'", written).isNull();
        return match.district();
    }

    private static District district(String code, String provinceCode, String name, UnitType type, double lon,
            double lat) {
        return new District(code, provinceCode, name, type, point(lon, lat), null, null, 1);
    }

    private static Point point(double lon, double lat) {
        return Wgs84.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    private static Geometry box(double west, double south, double east, double north) {
        return Wgs84.FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(west, east, south, north));
    }
}
