package vn.kcnatlas.enquiry;

import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.FieldProblems;

/**
 * An enquiry as the form sends it, checked: a name, an email or a phone to answer to, a message of at most
 * {@link #MESSAGE_MAX} characters, land not below zero and the consent given. Every problem is named with
 * its field, all at once, in a 422.
 *
 * @param website the honeypot: a field the form hides from people, so only a robot fills it
 */
record EnquiryInput(String name, String company, String email, String phone, Double landNeededHa, String industry,
        String message, String website) {

    /**
     * The consent text the web form shows ({@code enquiry.consent} in web/i18n): who reads an enquiry, why
     * and for how long (Decree 13/2023/NĐ-CP). Each enquiry records the version its sender agreed to;
     * change it with the wording, or with {@code kcn.enquiries.retention}, which the text states.
     */
    static final String CONSENT_VERSION = "2026-12-365d";
    static final int MESSAGE_MAX = 4000;
    static final int FIELD_MAX = 200;

    private static final Set<String> FIELDS = Set.of("name", "company", "email", "phone", "landNeededHa",
            "industry", "message", "consent", "website");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{8,20}$");
    private static final int EMAIL_MAX = 254;

    /** @throws ApiException 422 listing every problem */
    static EnquiryInput read(JsonNode body) {
        FieldProblems problems = new FieldProblems();
        if (body == null || !body.isObject()) {
            problems.add("", "the body is a JSON object with the members " + FIELDS.stream().sorted().toList());
            throw problems.refusal("Invalid enquiry", "The enquiry");
        }
        body.propertyNames().stream().filter(name -> !FIELDS.contains(name)).forEach(name -> problems.add(name,
                "'" + name + "' is not a member of an enquiry; they are " + FIELDS.stream().sorted().toList()));
        String name = problems.text(body, "name", FIELD_MAX);
        if (name == null) {
            problems.add("name", "give your name");
        }
        String email = problems.text(body, "email", EMAIL_MAX);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("email", "'" + email + "' is not an email address");
        }
        String phone = problems.text(body, "phone", 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add("phone", "a phone number is 8 to 20 digits, with + ( ) . - or spaces");
        }
        if (email == null && phone == null) {
            problems.add("email", "give an email or a phone number to be answered at");
        }
        String message = problems.text(body, "message", MESSAGE_MAX);
        if (message == null) {
            problems.add("message", "write what you would like to know");
        }
        JsonNode consent = body.get("consent");
        if (consent == null || !consent.isBoolean() || !consent.booleanValue()) {
            problems.add("consent", "consent is true: the enquiry is stored and read only with your consent");
        }
        EnquiryInput input = new EnquiryInput(name, problems.text(body, "company", FIELD_MAX), email, phone,
                land(body, problems), problems.text(body, "industry", FIELD_MAX), message,
                problems.text(body, "website", FIELD_MAX));
        if (!problems.isEmpty()) {
            throw problems.refusal("Invalid enquiry", "The enquiry");
        }
        return input;
    }

    /** Whether a robot filled the hidden field. */
    boolean isRobot() {
        return website != null;
    }


    private static Double land(JsonNode body, FieldProblems problems) {
        JsonNode value = body.get("landNeededHa");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue()) || value.doubleValue() < 0) {
            problems.add("landNeededHa", "landNeededHa is a number of hectares, 0 or more");
            return null;
        }
        return value.doubleValue();
    }
}
