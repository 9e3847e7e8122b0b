package vn.kcnatlas.report;

/**
 * A document facts come from: a provincial or district plan, an official page, a press report.
 *
 * @param issued the date or month of issue as the document gives it, or null
 */
public record SourceDocument(String id, String title, String issuer, String issued, String kind, String url) {
}
