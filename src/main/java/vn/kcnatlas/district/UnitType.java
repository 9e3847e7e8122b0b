package vn.kcnatlas.district;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.kcnatlas.text.VietnameseText;

/**
 * The kinds of district-level unit (đơn vị hành chính cấp huyện). Sources write them in many ways,
 * "H. Cao Lãnh", "huyện Cao Lãnh", "Huyen Cao Lanh", "TP Cao Lãnh", "thành phố Cao Lãnh", so each kind
 * knows the prefixes that announce it.
 */
public enum UnitType {
    HUYEN("huyen", "H.", "huyện", List.of("huyen", "h")),
    THANH_PHO("thanh_pho", "TP", "thành phố", List.of("thanh pho", "tp")),
    THI_XA("thi_xa", "TX", "thị xã", List.of("thi xa", "tx")),
    QUAN("quan", "Q.", "quận", List.of("quan", "q"));

    private final String code;
    private final String abbreviation;
    private final String word;
    private final List<String> foldedPrefixes;

    UnitType(String code, String abbreviation, String word, List<String> foldedPrefixes) {
        this.code = code;
        this.abbreviation = abbreviation;
        this.word = word;
        this.foldedPrefixes = foldedPrefixes;
    }

    /** The value stored in the database and used in files: {@code huyen}, {@code thanh_pho}, … */
    public String code() {
        return code;
    }

    /** The short prefix for display names: "H. Cao Lãnh", "TP Cao Lãnh". */
    public String abbreviation() {
        return abbreviation;
    }

    /** The Vietnamese word: "huyện", "thành phố". */
    public String word() {
        return word;
    }

    /** Cities and towns are both urban units; a town (thị xã) is often upgraded to a city. */
    public boolean isUrban() {
        return this == THANH_PHO || this == THI_XA || this == QUAN;
    }

    /**
     * {@link #abbreviation()} in SQL: the abbreviation of the unit type stored in the column {@code column}.
     * The store's vector tile queries hold this text (TileQueriesTest), so the names they write and the
     * Java encoder's cannot drift apart.
     */
    public static String abbreviationSql(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (UnitType type : values()) {
            sql.append(" WHEN '").append(type.code).append("' THEN '").append(type.abbreviation).append('\'');
        }
        return sql.append(" END").toString();
    }

    public static Optional<UnitType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** Reads a unit type written in any of the usual ways: "huyện", "thanh_pho", "TP", "thị xã". */
    public static Optional<UnitType> parse(String written) {
        String folded = VietnameseText.fold(written);
        return Arrays.stream(values())
                .filter(t -> t.foldedPrefixes.contains(folded) || VietnameseText.fold(t.code).equals(folded))
                .findFirst();
    }

    /** Splits a written name into its unit prefix, if any, and the bare folded name. */
    static WrittenName split(String written) {
        String folded = VietnameseText.fold(written);
        for (UnitType type : values()) {
            for (String prefix : type.foldedPrefixes) {
                if (folded.startsWith(prefix + " ") && folded.length() > prefix.length() + 1) {
                    return new WrittenName(Optional.of(type), folded.substring(prefix.length() + 1));
                }
            }
        }
        return new WrittenName(Optional.empty(), folded);
    }

    /**
     * The name as written without its unit prefix, diacritics kept: "Cao Lãnh" from "H. Cao Lãnh" or
     * "thành phố Cao Lãnh". A name that only begins like a prefix is taken whole, as {@link #split} does.
     */
    static String bare(String written) {
        String stripped = written.strip();
        UnitType.WrittenName name = split(stripped);
        if (name.unitType().isEmpty()) {
            return stripped;
        }
        String prefix = VietnameseText.fold(stripped).substring(0,
                VietnameseText.fold(stripped).length() - name.foldedName().length()).strip();
        String[] words = stripped.split("\\s+", prefix.split(" ").length + 1);
        return words[words.length - 1];
    }

    /** A district name as a source wrote it, split into an optional unit type and the folded bare name. */
    record WrittenName(Optional<UnitType> unitType, String foldedName) {
    }
}
