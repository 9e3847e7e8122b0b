package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Http;

/**
 * An investor's enquiry from the zone's panel to its manager's inbox, in headless Chromium: the investor
 * opens Tân Kiều, sends an enquiry and sees the confirmation; the demo admin makes a zone manager for Tân
 * Kiều through the users API; signed in at /inbox, the manager finds the enquiry, shown as the text that was
 * typed (never as HTML), and marks it handled. Screenshots in target/screenshots/enquiry-*.png.
 */
@ActiveProfiles("demo")
class InboxBrowserTest extends WebMapInBrowser {

    private static final String MANAGER = "tan.kieu.manager";
    private static final String PASSWORD = "a-long-passphrase";

    @Test
    void anInvestorsEnquiryReachesTheZonesManagerWhoMarksItHandled() {
        String marker = "Cần thuê 5 ha <b>không in đậm</b> " + UUID.randomUUID();
        page.open("?zone=kcn-tan-kieu");
        page.waitForPanel("Tân Kiều");

        assertThat(page.find("#inbox-link").isDisplayed()).as("no inbox for an investor").isFalse();

        page.find("#zone-enquire").click();
        page.until(d -> page.find("#enquiry-dialog").isDisplayed());
        type("#enquiry-dialog input[name=name]", "Nguyễn Văn An");
        type("#enquiry-dialog input[name=company]", "Công ty TNHH An Phát");
        type("#enquiry-dialog input[name=email]", "an@example.vn");
        type("#enquiry-dialog input[name=landNeededHa]", "5");
        type("#enquiry-dialog textarea[name=message]", marker);
        page.find("#enquiry-dialog button[type=submit]").click();
        page.until(d -> !page.text("#enquiry-dialog [data-error-for=consent]").isEmpty());
        assertThat(page.text("#enquiry-dialog [data-error-for=consent]")).as("consent is asked for").contains("đồng ý");
        assertThat(page.text("#enquiry-dialog .field--check")).contains("365 ngày", "Nghị định 13/2023");
        expectedConsoleErrors.add("/enquiries - Failed to load resource: the server responded with a status of 422");

        page.find("#enquiry-dialog input[name=consent]").click();
        page.find("#enquiry-dialog button[type=submit]").click();
        page.until(d -> page.find("#enquiry-dialog .enquiry-sent").isDisplayed());
        assertThat(page.text("#enquiry-dialog .enquiry-sent")).contains("Đã gửi yêu cầu", "Tân Kiều");
        page.screenshot("enquiry-sent");
        page.find("#enquiry-dialog .enquiry-sent button").sendKeys(Keys.ENTER);

        makeManagerOfTanKieu();
        page.driver().get(page.baseUrl() + "/inbox");
        page.until(d -> "true".equals(page.find("body").getDomAttribute("data-ready")));
        assertThat(page.text("#inbox-status")).contains("Đăng nhập");
        page.find("#sign-in").click();
        type("#sign-in-dialog input[name=username]", MANAGER);
        type("#sign-in-dialog input[name=password]", PASSWORD);
        page.find("#sign-in-dialog input[name=password]").sendKeys(Keys.ENTER);
        page.until(d -> page.text("#inbox-list").contains(marker));
        page.open("");
        page.until(d -> page.find("#inbox-link").isDisplayed());
        page.find("#inbox-link").click();
        page.until(d -> page.text("#inbox-list").contains(marker));

        WebElement item = page.find("#inbox-list li");
        assertThat(item.getText()).contains("Nguyễn Văn An", "an@example.vn", "kcn-tan-kieu");
        assertThat(page.all("#inbox-list .enquiry__message b")).as("typed text is never HTML").isEmpty();
        page.find("#inbox-list li input[type=text]").sendKeys("Đã gọi lại");
        page.find("#inbox-list li input[type=checkbox]").click();
        page.until(d -> !page.all("#inbox-list li.enquiry--handled").isEmpty());
        assertThat(page.text("#inbox-list li.enquiry--handled")).contains(MANAGER);
        page.screenshot("enquiry-inbox");

        JsonNode stored = new Http(port).get("/api/enquiries", Http.basic(MANAGER, PASSWORD)).json().get(0);
        assertThat(stored.path("message").asString()).isEqualTo(marker);
        assertThat(stored.path("handledBy").asString()).isEqualTo(MANAGER);
        assertThat(stored.path("note").asString()).isEqualTo("Đã gọi lại");
        assertThat(page.find("#inbox-csv").getDomAttribute("href")).isEqualTo("/api/enquiries.csv?handled=false");
    }

    /** The demo admin makes the account and ties it to Tân Kiều, as an admin would through the API. */
    private void makeManagerOfTanKieu() {
        Http http = new Http(port);
        Map<String, String> admin = new HashMap<>(Http.basic("admin", "admin-demo"));
        admin.put("Content-Type", "application/json");
        assertThat(http.send("POST", "/api/users", admin, ("{\"username\": \"" + MANAGER + "\", \"password\": \""
                + PASSWORD + "\", \"roles\": [\"ZONE_MANAGER\"]}").getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(201);
        assertThat(http.send("PUT", "/api/users/" + MANAGER + "/zones", admin,
                "{\"zones\": [\"kcn-tan-kieu\"]}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
    }

    private void type(String selector, String text) {
        WebElement field = page.find(selector);
        field.clear();
        field.sendKeys(text);
    }
}
