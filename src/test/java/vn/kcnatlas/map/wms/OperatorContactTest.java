package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class OperatorContactTest {

    @Test
    void withNothingConfiguredNamesOnlyTheProjectAndMakesNothingUp() {
        String xml = written(new OperatorContact("", " ", null, "", null, null));

        assertThat(xml).contains("<ContactPerson></ContactPerson>")
                .contains("<ContactOrganization>KCN Atlas</ContactOrganization>")
                .doesNotContain("ContactPosition", "ContactAddress", "ContactVoiceTelephone",
                        "ContactElectronicMailAddress");
    }

    @Test
    void publishesAnAddressOnlyWithItsStreetAndTheRestAsSet() {
        OperatorContact.Address noStreet = new OperatorContact.Address("", "", "Cần Thơ", "", "", "Việt Nam");
        assertThat(written(new OperatorContact(null, null, null, "gis@example.vn", null, noStreet)))
                .doesNotContain("ContactAddress", "Cần Thơ")
                .contains("<ContactElectronicMailAddress>gis@example.vn</ContactElectronicMailAddress>");

        OperatorContact.Address address = new OperatorContact.Address(null, "12 Lê Lợi", "Cần Thơ", null, null, null);
        assertThat(written(new OperatorContact(null, "Sở Công Thương", "GIS", null, "0292", address)))
                .contains("<ContactOrganization>Sở Công Thương</ContactOrganization>")
                .contains("<ContactPosition>GIS</ContactPosition>")
                .contains("<AddressType>postal</AddressType>")
                .contains("<Address>12 Lê Lợi</Address>")
                .contains("<City>Cần Thơ</City>")
                .contains("<ContactVoiceTelephone>0292</ContactVoiceTelephone>");
    }

    private static String written(OperatorContact contact) {
        XmlWriter xml = new XmlWriter("Service", GetCapabilities.NAMESPACE, "schema.xsd");
        contact.write(xml);
        return new String(xml.finish(), StandardCharsets.UTF_8);
    }
}
