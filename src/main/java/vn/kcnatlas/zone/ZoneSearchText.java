package vn.kcnatlas.zone;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.kcnatlas.text.VietnameseText;

/**
 * The folded text a zone is found by: its names, its code and its kind spelled out, so that "thuong phuoc",
 * "ccn thuong phuoc" and "cụm công nghiệp Thường Phước" all find CCN Thường Phước.
 */
final class ZoneSearchText {

    private ZoneSearchText() {
    }

    static String of(Zone zone) {
        String kindWords = zone.kind() == ZoneKind.KCN ? "kcn khu cong nghiep" : "ccn cum cong nghiep";
        return Arrays.asList(zone.name(), zone.nameInSource(), zone.code(), kindWords).stream()
                .filter(Objects::nonNull).map(VietnameseText::fold).collect(Collectors.joining(" | "));
    }

    /** The words of a query, folded; each must occur for a zone to match. */
    static List<String> terms(String query) {
        String folded = VietnameseText.fold(query);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
}
