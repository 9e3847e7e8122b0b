package vn.kcnatlas.contact;

/**
 * Whom an investor calls about a zone: its developer, the provincial management board, an investment promotion
 * centre or a provincial department, as a source names it. Phone, email, URL and address are null unless a
 * source gives them.
 *
 * @param kind developer, board, promotion_centre or department
 * @param nameEn the English form the source gives, or null
 * @param sourceId the document in /api/sources that names this contact and gives its details
 */
public record Contact(String id, String kind, String nameVi, String nameEn, String phone, String email, String url,
        String address, String sourceId) {
}
