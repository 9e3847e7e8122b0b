package vn.kcnatlas.zone;

import java.security.Principal;
import java.util.Map;

/** Who reads a zone: the public (investors, GIS clients), or signed-in staff, who also see {@link StaffOnly}. */
public enum Readers {
    PUBLIC, STAFF;

    /** The properties only staff read. */
    public static final String NOTES = "notes";
    public static final String CONTACT_INTERNAL = "contactInternal";
    static final String CONTACT = "contact";
    static final String CONTACT_ID = "contactId";

    /** Anyone signed in is staff; a request without a login is the public. */
    public static Readers of(Principal principal) {
        return principal == null ? PUBLIC : STAFF;
    }

    /** Takes out of a zone's properties what these readers may not see; staff see everything. */
    void redact(Map<String, Object> properties) {
        if (this == STAFF) {
            return;
        }
        if (Boolean.TRUE.equals(properties.get(CONTACT_INTERNAL))) {
            properties.put(CONTACT, null);
            properties.put(CONTACT_ID, null);
        }
        properties.remove(NOTES);
        properties.remove(CONTACT_INTERNAL);
    }
}
