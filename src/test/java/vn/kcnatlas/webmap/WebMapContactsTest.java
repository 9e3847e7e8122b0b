package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an investor acts on, in the zone panel and the comparison: every seed zone names whom to call with the
 * source that names them, every cited document with an address is a link opening in a new tab (rel=noopener)
 * and one without says so, and a rent says what it covers in the panel and the comparison alike.
 */
class WebMapContactsTest extends WebMapInBrowser {

    /** Of the addresses given (arguments[0]), those no link in the panel opens. */
    private static final String UNLINKED = """
            const linked = new Set([...document.querySelectorAll('#zone-panel a.source-link')].map(a => a.href));
            return arguments[0].filter(url => !linked.has(new URL(url).href));""";

    /** For each document the panel cites, how it shows: as links to its address, or in words without one. */
    private static final String CITED = """
            const links = [...document.querySelectorAll('#zone-panel a.source-link')];
            return {
              links: links.map(a => a.href + ' ' + a.target + ' ' + a.rel),
              unlinked: [...document.querySelectorAll('#zone-panel .source-link--none')].map(s => s.textContent),
              contact: document.querySelector('#zone-panel .contact__name')?.textContent ?? null,
              contactSource: document.querySelector('#zone-panel .contact a.source-link')?.href ?? null,
            };""";

    @Autowired
    JsonMapper json;

    @Test
    void everySeedZoneNamesItsContactWithItsSourceAndLinksEveryDocumentWithAnAddress() {
        page.open("");
        JsonNode zones = json.readTree(Path.of("geodata", "zones.geojson").toFile()).path("features");
        Map<String, JsonNode> contacts = byId(json.readTree(fetch("/api/contacts")));
        Map<String, JsonNode> sources = byId(json.readTree(fetch("/api/sources")));
        assertThat(zones.size()).isEqualTo(21);

        for (JsonNode zone : zones) {
            String code = zone.path("id").asString();
            String name = zone.path("properties").path("name").asString();
            assertThat(contacts).as(code).containsKey(zone.path("properties").path("contactId").asString());
            page.open("?zone=" + code);
            page.waitForPanel(name);
            @SuppressWarnings("unchecked")
            Map<String, Object> cited = (Map<String, Object>) page.script(CITED);

            JsonNode contact = contacts.get(zone.path("properties").path("contactId").asString());
            assertThat(cited.get("contact")).as(code).isEqualTo(contact.path("nameVi").asString());
            JsonNode contactSource = sources.get(contact.path("sourceId").asString());
            assertThat(cited.get("contactSource")).as(code + ": the contact's source").isNotNull();
            List<String> urls = new ArrayList<>(List.of(contactSource.path("url").asString()));
            List<?> links = (List<?>) cited.get("links");
            assertThat(links).as(code).isNotEmpty().allSatisfy(link -> assertThat(link.toString())
                    .endsWith(" _blank noopener"));
            for (JsonNode id : zone.path("properties").path("sourceIds")) {
                JsonNode document = sources.get(id.asString());
                String url = document.path("url").asString("");
                if (url.isEmpty()) {
                    assertThat((List<?>) cited.get("unlinked")).as(code + ": " + id.asString())
                            .anySatisfy(text -> assertThat(text.toString()).endsWith("(không có đường dẫn)"));
                } else {
                    urls.add(url);
                }
            }
            assertThat((List<?>) page.script(UNLINKED, urls)).as(code + ": documents with an address not linked")
                    .isEmpty();
        }
    }

    @Test
    void aRentSaysWhatItCoversInThePanelAndTheComparisonAlike() {
        page.open("?zone=kcn-sa-dec-a1");
        page.waitForPanel("Sa Đéc (khu A1)");
        String rent = "35–50 USD/m² trả một lần cho thời hạn thuê đất đến năm 2052";
        assertThat(page.text("#zone-panel")).contains(rent, "Ban Quản lý Khu kinh tế tỉnh Đồng Tháp",
                "chưa có số điện thoại công khai");
        page.screenshot("contacts-01-sa-dec-a1-panel");

        page.open("?compare=kcn-sa-dec-a1,kcn-tan-kieu");
        page.until(d -> page.find("#compare-open").isEnabled());
        page.find("#compare-open").click();
        WebElement table = page.find("#compare-table");
        page.until(d -> table.isDisplayed());
        WebElement rentRow = table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().startsWith("Giá thuê")).findFirst().orElseThrow();
        assertThat(rentRow.findElements(By.tagName("td"))).extracting(WebElement::getText)
                .satisfiesExactly(cell -> assertThat(cell).startsWith(rent), cell -> assertThat(cell).isEqualTo("—"));
        page.screenshot("contacts-02-compare-rent");

        page.open("?lang=en&zone=kcn-sa-dec-a1");
        page.waitForPanel("Sa Đéc (khu A1)");
        assertThat(page.text("#zone-panel")).contains("35–50 USD/m² once for the land-lease term to 2052",
                "Dong Thap Economic Zone Management Board", "no public phone found");
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        list.forEach(item -> byId.put(item.path("id").asString(), item));
        return byId;
    }
}
