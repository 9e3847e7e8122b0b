package vn.kcnatlas.map.wms;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs this server, for the WMS capabilities' {@code ContactInformation} ({@code kcn.operator}, each
 * field also from its environment variable, e.g. {@code KCN_OPERATOR_EMAIL}). Only what is configured is
 * published: nothing here is made up. The organisation is the project's own name until one is set.
 *
 * @param person the contact person's name
 * @param organisation the operating organisation
 * @param position the contact person's position
 * @param email an e-mail address
 * @param phone a voice telephone number
 * @param address the postal address; published when its street address is set
 */
@ConfigurationProperties("kcn.operator")
record OperatorContact(String person, String organisation, String position, String email, String phone,
        Address address) {

    /** The organisation named when none is configured: the project itself. */
    static final String PROJECT = "KCN Atlas";

    OperatorContact {
        organisation = given(organisation).orElse(PROJECT);
        address = address == null ? new Address(null, null, null, null, null, null) : address;
    }

    /**
     * @param type the kind of address, as WMS names it ("postal" unless set)
     * @param street the street address
     */
    record Address(String type, String street, String city, String province, String postCode, String country) {
    }

    /** The value when it is set and not blank. */
    static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Writes {@code ContactInformation} in the order the WMS 1.3.0 schema requires. */
    void write(XmlWriter xml) {
        xml.start("ContactInformation");
        xml.start("ContactPersonPrimary");
        // The schema requires both; an empty person says none is named.
        xml.element("ContactPerson", given(person).orElse("")).element("ContactOrganization", organisation);
        xml.end();
        given(position).ifPresent(p -> xml.element("ContactPosition", p));
        given(address.street()).ifPresent(street -> {
            xml.start("ContactAddress");
            xml.element("AddressType", given(address.type()).orElse("postal")).element("Address", street);
            xml.element("City", given(address.city()).orElse(""));
            xml.element("StateOrProvince", given(address.province()).orElse(""));
            xml.element("PostCode", given(address.postCode()).orElse(""));
            xml.element("Country", given(address.country()).orElse(""));
            xml.end();
        });
        given(phone).ifPresent(p -> xml.element("ContactVoiceTelephone", p));
        given(email).ifPresent(e -> xml.element("ContactElectronicMailAddress", e));
        xml.end();
    }
}
