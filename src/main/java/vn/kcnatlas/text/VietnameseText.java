package vn.kcnatlas.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for matching: what people type without diacritics ("thuong phuoc") must find
 * what is written with them ("Thường Phước").
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {
    }

    /**
     * Lower case, without diacritics (đ becomes d), with every run of punctuation and spaces turned
     * into one space: "Cụm công nghiệp – Tiểu thủ" becomes "cum cong nghiep tieu thu".
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                // Text converted from older encodings often has the look-alike eth (Ð, ð) for Đ.
                .replace('ð', 'd').replace('Ð', 'D');
        return NOT_LETTER_OR_DIGIT.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** An ASCII slug for codes: "Thường Phước" becomes "thuong-phuoc". */
    public static String slug(String text) {
        return fold(text).replace(' ', '-');
    }
}
