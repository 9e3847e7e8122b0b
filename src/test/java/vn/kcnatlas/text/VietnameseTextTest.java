package vn.kcnatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "aàáảãạ, aaaaaa",
        "ăằắẳẵặ, aaaaaa",
        "âầấẩẫậ, aaaaaa",
        "eèéẻẽẹ, eeeeee",
        "êềếểễệ, eeeeee",
        "iìíỉĩị, iiiiii",
        "oòóỏõọ, oooooo",
        "ôồốổỗộ, oooooo",
        "ơờớởỡợ, oooooo",
        "uùúủũụ, uuuuuu",
        "ưừứửữự, uuuuuu",
        "yỳýỷỹỵ, yyyyyy",
        "đ, d"})
    void foldStripsEveryLowerCaseVietnameseDiacritic(String written, String folded) {
        assertThat(VietnameseText.fold(written)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "AÀÁẢÃẠ, aaaaaa",
        "ĂẰẮẲẴẶ, aaaaaa",
        "ÂẦẤẨẪẬ, aaaaaa",
        "EÈÉẺẼẸ, eeeeee",
        "ÊỀẾỂỄỆ, eeeeee",
        "IÌÍỈĨỊ, iiiiii",
        "OÒÓỎÕỌ, oooooo",
        "ÔỒỐỔỖỘ, oooooo",
        "ƠỜỚỞỠỢ, oooooo",
        "UÙÚỦŨỤ, uuuuuu",
        "ƯỪỨỬỮỰ, uuuuuu",
        "YỲÝỶỸỴ, yyyyyy",
        "Đ, d"})
    void foldStripsToneMarksFromCapitalsAndLowersThem(String written, String folded) {
        assertThat(VietnameseText.fold(written)).isEqualTo(folded);
    }

    @Test
    void foldTurnsDStrokeIntoD() {
        assertThat(VietnameseText.fold("Đồng Tháp")).isEqualTo("dong thap");
        assertThat(VietnameseText.fold("đường")).isEqualTo("duong");
        assertThat(VietnameseText.fold("ĐẠI ĐỒNG")).isEqualTo("dai dong");
    }

    @Test
    void foldGivesTheSameResultForComposedAndDecomposedInput() {
        String composed = "Thường Phước, Hồng Ngự, Đức Hòa, Quảng Khánh";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed))
                .isEqualTo("thuong phuoc hong ngu duc hoa quang khanh");
    }

    @Test
    void foldHandlesExplicitCombiningSequences() {
        // "Thường" as u + horn, o + horn + grave: the way some keyboards and PDFs emit it.
        assertThat(VietnameseText.fold("Thu\u031Bo\u031B\u0300ng")).isEqualTo("thuong");
        // A stray combining mark on its own leaves nothing behind.
        assertThat(VietnameseText.fold("a\u0301\u0323b")).isEqualTo("ab");
    }

    @Test
    void foldTurnsARunOfPunctuationAndSpacesIntoOneSpace() {
        assertThat(VietnameseText.fold("Cụm công nghiệp – Tiểu thủ")).isEqualTo("cum cong nghiep tieu thu");
        assertThat(VietnameseText.fold("KCN  --  Tân Kiều")).isEqualTo("kcn tan kieu");
        assertThat(VietnameseText.fold("H. Cao Lãnh")).isEqualTo("h cao lanh");
        assertThat(VietnameseText.fold("a\t\n_/,;()b")).isEqualTo("a b");
    }

    @Test
    void foldTrimsLeadingAndTrailingPunctuation() {
        assertThat(VietnameseText.fold("  «Thường Phước»  ")).isEqualTo("thuong phuoc");
        assertThat(VietnameseText.fold("— Sa Đéc. ")).isEqualTo("sa dec");
    }

    @Test
    void foldKeepsDigits() {
        assertThat(VietnameseText.fold("Thanh Lộc (giai đoạn 2)")).isEqualTo("thanh loc giai doan 2");
        assertThat(VietnameseText.fold("Quận 1")).isEqualTo("quan 1");
    }

    @Test
    void foldLowersMixedCase() {
        assertThat(VietnameseText.fold("tHƯỜNG pHƯỚC")).isEqualTo("thuong phuoc");
        assertThat(VietnameseText.fold("KCN Sa Đéc")).isEqualTo("kcn sa dec");
    }

    @Test
    void foldOfNullIsEmpty() {
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void foldOfBlankOrPunctuationOnlyIsEmpty() {
        assertThat(VietnameseText.fold("")).isEmpty();
        assertThat(VietnameseText.fold("   \t ")).isEmpty();
        assertThat(VietnameseText.fold(" – . , ")).isEmpty();
    }

    @Test
    void foldOfAsciiTextIsJustLowerCased() {
        assertThat(VietnameseText.fold("thuong phuoc")).isEqualTo("thuong phuoc");
    }

    @Test
    void foldIsIdempotent() {
        String once = VietnameseText.fold("Cụm công nghiệp – Tiểu thủ công nghiệp TP. Cao Lãnh");
        assertThat(VietnameseText.fold(once)).isEqualTo(once);
    }

    @Test
    void slugJoinsFoldedWordsWithHyphens() {
        assertThat(VietnameseText.slug("Thường Phước")).isEqualTo("thuong-phuoc");
        assertThat(VietnameseText.slug("Đồng Tháp")).isEqualTo("dong-thap");
    }

    @Test
    void slugCollapsesPunctuationRunsIntoOneHyphen() {
        assertThat(VietnameseText.slug("Cụm công nghiệp – Tiểu thủ")).isEqualTo("cum-cong-nghiep-tieu-thu");
        assertThat(VietnameseText.slug("  TP. Cao Lãnh  ")).isEqualTo("tp-cao-lanh");
    }

    @Test
    void slugIsAscii() {
        String slug = VietnameseText.slug("Khu công nghiệp Sa Đéc – Ưu đãi ơn huệ");
        assertThat(slug).matches("[a-z0-9-]+").isEqualTo("khu-cong-nghiep-sa-dec-uu-dai-on-hue");
    }

    @Test
    void slugOfNullOrBlankIsEmpty() {
        assertThat(VietnameseText.slug(null)).isEmpty();
        assertThat(VietnameseText.slug("  ")).isEmpty();
        assertThat(VietnameseText.slug(" – ")).isEmpty();
    }

    @Test
    void slugOfDecomposedInputMatchesComposed() {
        String composed = "Vĩnh Hòa Hưng Nam";
        assertThat(VietnameseText.slug(Normalizer.normalize(composed, Normalizer.Form.NFD)))
                .isEqualTo(VietnameseText.slug(composed)).isEqualTo("vinh-hoa-hung-nam");
    }
}
