package vn.kcnatlas.text;

/** A text in Vietnamese, the first language of KCN Atlas, and in English. */
public record Localized(String vi, String en) {

    public String in(String language) {
        return "en".equals(language) && en != null ? en : vi;
    }
}
