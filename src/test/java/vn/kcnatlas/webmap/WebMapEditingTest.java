package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Http;

/**
 * Editing in the web map, as a planner does it, in headless Chromium against the app with the demo
 * accounts (issue 11, part 6). Every step is driven as a person would, through the page: Leaflet.draw
 * with real mouse actions (a click on the map at the pixel where each wanted corner falls, computed from
 * the view the page writes in its address, and a vertex handle dragged), forms typed into, a marker file
 * chosen in the file input, a lot's popup opened by a click on the lot. No step falls back to calling
 * the page's modules. The server side of a conflict is an administrator's PATCH over HTTP, made while
 * the planner's form is open. Ordered: the later steps build on the zones the earlier ones changed.
 */
@ActiveProfiles("demo")
@TestMethodOrder(OrderAnnotation.class)
class WebMapEditingTest extends WebMapInBrowser {

    private static final int WIDTH = 1280;
    private static final String ZONE = "kcn-cao-lanh";
    /** Open land in H. Cao Lãnh, Đồng Tháp, clear of every seeded zone: the new boundary's corners, lon/lat. */
    private static final double[][] CORNERS = {{105.696, 10.610}, {105.702, 10.610}, {105.702, 10.616}, {105.696, 10.616}};
    private static final String VIEW = "map=15/10.62000/105.70000";
    /** A pixel of rounding where a corner lands is about 5 m at zoom 15. */
    private static final double ONE_PIXEL_DEGREES = 6e-5;
    private static final Duration HUMAN_PAUSE = Duration.ofMillis(150);

    @Test
    @Order(1)
    void aPlannerSignsInDrawsABoundaryEditsItsDetailsSeesTheHistoryRevertsAndSignsOut() {
        page.viewport(WIDTH, DESKTOP_HEIGHT);
        page.open("?" + VIEW + "&zone=" + ZONE);
        page.waitForPanel("Cao Lãnh");
        assertThat(page.all("#zone-edit-actions button")).as("no edit control for an anonymous reader").isEmpty();
        assertThat(page.find("#new-zone").isDisplayed()).isFalse();

        expectedConsoleErrors.add("/api/session - Failed to load resource: the server responded with a status of 401");
        signIn("planner", "wrong-password");
        assertThat(page.text("#sign-in-dialog .form__error")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        page.screenshot("edit-01-sign-in-refused");
        signIn("planner", "planner-demo");
        page.until(d -> page.find("#sign-out").isDisplayed());
        assertThat(page.text("#account-user")).isEqualTo("planner Cán bộ quy hoạch");
        assertThat(page.find("#new-zone").isDisplayed()).isTrue();
        page.until(d -> page.all("#zone-edit-actions button").size() == 4);

        // Draw, with the legend folded away first: it stands over the land to be drawn.
        page.find(".legend__summary").click();
        page.find("#zone-edit-actions [data-action=edit-boundary]").click();
        page.until(d -> page.find("#edit-bar").isDisplayed());
        assertThat(page.text("#edit-bar-title")).isEqualTo("Vẽ ranh giới: Cao Lãnh");
        drawPolygon(CORNERS);
        assertThat(page.text("#edit-bar .edit-bar__area")).matches("Diện tích đã vẽ: 4\\d,\\d+ ha");
        page.find("#boundary-comment").sendKeys("Ranh giới theo bản đồ quy hoạch 1/2000");
        page.screenshot("edit-02-boundary-drawn");
        page.find("#edit-bar [data-action=save-boundary]").click();
        page.until(d -> !page.find("#edit-bar").isDisplayed());

        page.until(d -> page.drawnZones().contains(ZONE));
        page.until(d -> !page.text("#zone-panel").contains("chưa có ranh giới"));
        JsonNode saved = zone();
        assertThat(saved.path("properties").path("boundaryQuality").asString()).isEqualTo("digitized");
        assertThat(saved.path("properties").path("editedBy").asString()).isEqualTo("planner");
        JsonNode ring = polygonRing(saved);
        assertThat(ring).hasSize(CORNERS.length + 1).allSatisfy(position ->
                assertThat(distanceToNearestCorner(position)).as("%s", position).isLessThan(ONE_PIXEL_DEGREES));
        page.screenshot("edit-03-boundary-saved");

        // Details: a figure the server refuses is shown on its field, then a change it takes.
        expectedConsoleErrors.add("/api/zones/kcn-cao-lanh - Failed to load resource: the server responded with a status of 422");
        page.find("#zone-edit-actions [data-action=edit-attributes]").click();
        page.until(d -> page.find("#zone-form-dialog").isDisplayed());
        type("#zone-form-areaHa", "40");
        type("#zone-form-clearedHa", "55,5");
        page.find("#zone-form-dialog button[type=submit]").click();
        page.until(d -> !page.text("#zone-form-clearedHa-error").isEmpty());
        assertThat(page.text("#zone-form-clearedHa-error")).contains("clearedHa (55.5) cannot exceed areaHa (40.0)");
        assertThat(page.find("#zone-form-clearedHa").getDomAttribute("aria-invalid")).isEqualTo("true");
        page.screenshot("edit-04-form-refused-on-its-field");
        type("#zone-form-clearedHa", "12,5");
        new Select(page.find("#zone-form-clearanceStatus")).selectByValue("in_progress");
        page.find("#zone-form-comment").sendKeys("Biên bản kiểm kê đợt 1");
        page.find("#zone-form-dialog button[type=submit]").click();
        page.until(d -> !page.find("#zone-form-dialog").isDisplayed());
        page.until(d -> page.text("#zone-panel").contains("Đang thực hiện"));
        assertThat(page.text("#zone-panel")).contains("12,5 ha");

        // The boundary again: one corner dragged with the mouse.
        page.find("#zone-edit-actions [data-action=edit-boundary]").click();
        page.until(d -> vertexHandles().size() == 4);
        assertThat(page.text("#edit-bar-title")).isEqualTo("Sửa ranh giới: Cao Lãnh");
        String areaBefore = page.text("#edit-bar .edit-bar__area");
        awaitStillMap(); // the map flies to the boundary first
        WebElement corner = uncoveredVertexHandle();
        new Actions(driver).clickAndHold(corner).moveByOffset(-40, 25).release().perform();
        page.until(d -> !page.text("#edit-bar .edit-bar__area").equals(areaBefore));
        // Then the whole shape, by the handle in its middle.
        WebElement middle = page.find(".boundary-move");
        Rectangle before = middle.getRect();
        new Actions(driver).clickAndHold(middle).moveByOffset(30, -20).release().perform();
        page.until(d -> page.find(".boundary-move").getRect().getX() != before.getX());
        page.find("#edit-bar [data-action=save-boundary]").click();
        page.until(d -> !page.find("#edit-bar").isDisplayed());
        page.until(d -> zone().path("properties").path("version").asInt() == 4);
        assertThat(polygonRing(zone())).as("every corner moved").noneMatch(position -> distanceToNearestCorner(position) < ONE_PIXEL_DEGREES);

        // The history: the three changes, newest first; version 2's boundary over the current one.
        page.find("#zone-edit-actions [data-action=history]").click();
        page.until(d -> page.all("#history-panel .version").size() == 4);
        assertThat(page.text("#history-panel .version[data-version='4']")).contains("Chỉnh sửa", "planner", "Đã đổi: ranh giới");
        assertThat(page.text("#history-panel .version[data-version='3']"))
                .contains("Biên bản kiểm kê đợt 1", "Tình trạng giải phóng mặt bằng", "Đã giải phóng (ha)", "Diện tích quy hoạch (ha)");
        assertThat(page.text("#history-panel .version[data-version='2']"))
                .contains("Ranh giới theo bản đồ quy hoạch 1/2000", "ranh giới", "Độ chính xác ranh giới");
        assertThat(page.text("#history-panel .version[data-version='1']")).contains("Dữ liệu ban đầu");
        page.find("#history-panel .version[data-version='2'] [data-action=draw]").click();
        page.until(d -> page.all("#history-panel .version__drawn").size() == 1);
        assertThat(page.all(".leaflet-editing-pane path[stroke-dasharray='8 6']")).hasSize(1);
        page.screenshot("edit-05-history-earlier-boundary");

        // Revert to version 2, after a second click: the boundary as first drawn, the details as before.
        page.find("#history-panel .version[data-version='2'] [data-action=revert]").click();
        assertThat(page.text("#history-panel .version__confirm")).contains("Khôi phục khu về phiên bản 2?");
        page.screenshot("edit-06-revert-confirm");
        page.find("#history-panel [data-action=confirm-revert]").click();
        page.until(d -> page.all("#history-panel .version").size() == 5);
        assertThat(page.text("#history-panel .version[data-version='5']")).contains("Khôi phục", "reverted to version 2");
        JsonNode reverted = zone();
        assertThat(polygonRing(reverted)).isEqualTo(ring);
        assertThat(reverted.path("properties").path("clearanceStatus").asString()).isEqualTo("not_started");
        assertThat(reverted.path("properties").path("clearedHa").isNull()).isTrue();
        page.screenshot("edit-07-reverted");

        page.find("#sign-out").click();
        page.until(d -> page.find("#sign-in").isDisplayed());
        assertThat(page.all("#zone-edit-actions button")).isEmpty();
        assertThat(page.find("#history-panel").isDisplayed()).isFalse();
        assertThat(page.find("#new-zone").isDisplayed()).isFalse();
    }

    @Test
    @Order(2)
    void aBoundaryTheServerRefusesShowsItsMessageAtThePointItNames() {
        openAsPlanner("?" + VIEW + "&zone=kcn-cao-lanh-2", "Cao Lãnh II");
        page.find(".legend__summary").click();
        expectedConsoleErrors.add("/api/zones/kcn-cao-lanh-2 - Failed to load resource: the server responded with a status of 422");

        // A bow tie west of the boundary drawn before: its two long sides cross at (105.689, 10.613).
        page.find("#zone-edit-actions [data-action=edit-boundary]").click();
        page.until(d -> page.find("#edit-bar").isDisplayed());
        double[][] bowTie = {{105.686, 10.610}, {105.692, 10.616}, {105.692, 10.610}, {105.686, 10.616}};
        drawPolygon(bowTie);
        page.find("#edit-bar [data-action=save-boundary]").click();

        page.until(d -> page.all(".refusal-popup").size() == 1);
        assertThat(page.text(".refusal-popup")).startsWith("Máy chủ không nhận ranh giới này:").contains("self-intersection at");
        assertThat(page.text("#edit-bar .edit-bar__message")).isEqualTo("Máy chủ không nhận ranh giới này: xem 1 điểm đánh dấu trên bản đồ.");
        WebElement mark = page.find("path.refusal-marker");
        double[] crossing = pixelOnPage(105.689, 10.613);
        assertThat(mark.getRect().getX() + mark.getRect().getWidth() / 2.0).isCloseTo(crossing[0], within(3.0));
        assertThat(mark.getRect().getY() + mark.getRect().getHeight() / 2.0).isCloseTo(crossing[1], within(3.0));
        assertThat(zone("kcn-cao-lanh-2").path("geometry").isNull()).as("nothing written").isTrue();
        page.screenshot("edit-08-refused-at-its-point");

        page.find("#edit-bar [data-action=cancel]").click();
        page.until(d -> page.all("path.refusal-marker").isEmpty() && !page.find("#edit-bar").isDisplayed());
    }

    @Test
    @Order(3)
    void aConflictShowsBothVersionsAndThePlannerRedoesTheChangeOnTheNewOne() {
        String zone = "kcn-tan-kieu";
        openAsPlanner("?zone=" + zone, "Tân Kiều");
        expectedConsoleErrors.add("/api/zones/kcn-tan-kieu - Failed to load resource: the server responded with a status of 412");

        page.find("#zone-edit-actions [data-action=edit-attributes]").click();
        page.until(d -> page.find("#zone-form-dialog").isDisplayed());
        // Meanwhile an administrator changes the developer over the API.
        Http http = new Http(port);
        String etag = http.get("/api/zones/" + zone).etag();
        Http.Response theirs = http.send("PATCH", "/api/zones/" + zone, Map.of("If-Match", etag,
                "Content-Type", "application/merge-patch+json", "Authorization", Http.basic("admin", "admin-demo").get("Authorization")),
                "{\"properties\":{\"developer\":\"Công ty Hạ tầng A\"},\"comment\":\"Theo hợp đồng mới\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(theirs.status()).isEqualTo(200);

        type("#zone-form-developer", "Công ty Hạ tầng B");
        page.find("#zone-form-dialog button[type=submit]").click();
        page.until(d -> page.find("#conflict-dialog").isDisplayed());
        assertThat(page.text("#conflict-dialog .conflict__summary")).startsWith("admin đã lưu phiên bản");
        assertThat(page.text("#conflict-dialog thead")).contains("Của bạn (chưa lưu)", "Trên máy chủ (phiên bản");
        assertThat(page.text("#conflict-dialog tbody")).isEqualTo("Chủ đầu tư hạ tầng\tCông ty Hạ tầng B\tCông ty Hạ tầng A");
        page.screenshot("edit-09-conflict-both-versions");

        page.find("#conflict-dialog [data-action=redo]").click();
        page.until(d -> page.find("#zone-form-dialog").isDisplayed());
        assertThat(page.find("#zone-form-developer").getDomProperty("value")).as("the form starts from the server's version")
                .isEqualTo("Công ty Hạ tầng A");
        type("#zone-form-developer", "Công ty Hạ tầng B");
        page.find("#zone-form-comment").sendKeys("Công ty B nhận chuyển nhượng");
        page.find("#zone-form-dialog button[type=submit]").click();
        page.until(d -> !page.find("#zone-form-dialog").isDisplayed());
        page.until(d -> page.text("#zone-panel").contains("Công ty Hạ tầng B"));
        JsonNode versions = http.get("/api/zones/" + zone + "/history", Http.basic("official", "official-demo")).json().path("versions");
        assertThat(versions.get(0).path("by").asString()).isEqualTo("planner");
        assertThat(versions.get(1).path("by").asString()).isEqualTo("admin");
    }

    @Test
    @Order(4)
    void onAPhoneTheDrawingHasTheMapToItself() {
        page.viewport(390, 844);
        page.open("?" + VIEW + "&zone=kcn-cao-lanh-3");
        page.waitForPanel("Cao Lãnh III");
        signInAsPlanner();
        assertThat(page.find(".app-header").getRect().getHeight()).as("the header's height").isLessThanOrEqualTo(100);
        assertThat(page.find("#new-zone").isDisplayed()).as("new zones are drawn on a larger screen").isFalse();
        assertThat((Boolean) page.script("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        page.screenshot("edit-10-phone-panel-signed-in");

        page.find("#zone-edit-actions [data-action=edit-boundary]").click();
        page.until(d -> page.find("#edit-bar").isDisplayed() && !page.panel().isDisplayed());
        page.screenshot("edit-11-phone-drawing");
        page.find("#edit-bar [data-action=cancel]").click();
        page.until(d -> page.panel().isDisplayed());
    }

    @Test
    @Order(5)
    void aMarkerFileBecomesTheZonesBoundaryOnceThePlannerHasSeenIt() throws IOException {
        // Four markers in VN-2000 TM-3 105°00′ (x northing, y easting): a square of 500 m north of the zones drawn before.
        Path markers = Files.createDirectories(Path.of("target")).resolve("webmap-markers.csv");
        Files.writeString(markers, """
                marker,x,y
                M1,1175700,576400
                M2,1175700,576900
                M3,1176200,576900
                M4,1176200,576400
                """);
        openAsPlanner("?map=15/10.63000/105.70000&zone=kcn-cao-lanh-3", "Cao Lãnh III");

        page.find("#zone-edit-actions [data-action=import-survey]").click();
        page.until(d -> page.find("#edit-bar").isDisplayed());
        assertThat(new Select(page.find("#survey-crs")).getFirstSelectedOption().getText()).isEqualTo("TM-3 kinh tuyến 105°00′ — Đồng Tháp");
        page.find("#survey-file").sendKeys(markers.toAbsolutePath().toString());
        page.find("#edit-bar [data-action=survey-preview]").click();
        page.until(d -> page.all(".survey-marker-label").size() == 4);
        assertThat(page.all(".survey-marker-label").stream().map(WebElement::getText).toList()).containsExactly("M1", "M2", "M3", "M4");
        assertThat(page.text("#edit-bar .edit-bar__message")).matches("4 mốc, ranh giới 2\\d(,\\d+)? ha\\.");
        page.screenshot("edit-12-survey-markers-shown");

        page.find("#edit-bar [data-action=survey-apply]").click();
        page.until(d -> !page.find("#edit-bar").isDisplayed());
        JsonNode zone = zone("kcn-cao-lanh-3");
        assertThat(zone.path("properties").path("boundaryQuality").asString()).isEqualTo("surveyed");
        assertThat(polygonRing(zone)).hasSize(5);
        page.until(d -> page.drawnZones().contains("kcn-cao-lanh-3"));
        JsonNode stored = new Http(port).get("/api/zones/kcn-cao-lanh-3/markers").json();
        assertThat(stored.path("features").size()).as("the markers are stored with the zone").isEqualTo(4);
    }

    @Test
    @Order(6)
    void aPlannerDeletesALotFromItsPopup() {
        Http http = new Http(port);
        JsonNode lot = http.get("/api/lots?bbox=105.5,10.0,106.0,11.0&limit=1").json().path("features").get(0);
        String zone = lot.path("properties").path("zone").asString();
        String code = lot.path("properties").path("code").asString();
        int lotsBefore = http.get("/api/zones/" + zone + "/lots").json().path("features").size();
        double[] inside = interiorPoint(lot.path("geometry"));
        page.viewport(WIDTH, DESKTOP_HEIGHT);
        page.open(String.format(Locale.ROOT, "?map=18/%.5f/%.5f", inside[1], inside[0]));
        signInAsPlanner();

        page.until(d -> !page.all(".leaflet-lots-pane path").isEmpty());
        clickMapAt(inside[0], inside[1]);
        page.until(d -> !page.all(".lot-popup [data-action=delete-lot]").isEmpty());
        page.find(".lot-popup [data-action=delete-lot]").click();
        assertThat(page.text(".lot-popup__actions")).startsWith("Xóa lô " + code + "?");
        page.screenshot("edit-13-lot-delete-confirm");
        page.find(".lot-popup [data-action=confirm-delete-lot]").click();
        page.until(d -> http.get("/api/zones/" + zone + "/lots").json().path("features").size() == lotsBefore - 1);
        assertThat(http.get("/api/zones/" + zone + "/lots/" + code).status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void aNewZoneIsDrawnThenDescribed() {
        double[][] corners = {{105.686, 10.622}, {105.690, 10.622}, {105.690, 10.626}, {105.686, 10.626}};
        page.viewport(WIDTH, DESKTOP_HEIGHT);
        page.open("?" + VIEW);
        signInAsPlanner();
        page.find(".legend__summary").click();

        page.find("#new-zone").click();
        page.until(d -> page.find("#edit-bar").isDisplayed());
        assertThat(page.text("#edit-bar-title")).isEqualTo("Khu mới: vẽ ranh giới");
        drawPolygon(corners);
        page.find("#edit-bar [data-action=save-boundary]").click();

        page.until(d -> page.find("#zone-form-dialog").isDisplayed());
        assertThat(page.text("#zone-form-title")).isEqualTo("Thông tin khu mới");
        type("#zone-form-code", "ccn-thu-nghiem");
        new Select(page.find("#zone-form-kind")).selectByValue("CCN");
        new Select(page.find("#zone-form-districtCode")).selectByVisibleText("H. Cao Lãnh");
        type("#zone-form-name", "Thử Nghiệm");
        type("#zone-form-areaHa", "19,5");
        page.screenshot("edit-14-new-zone-form");
        page.find("#zone-form-dialog button[type=submit]").click();

        page.until(d -> !page.find("#zone-form-dialog").isDisplayed() && !page.find("#edit-bar").isDisplayed());
        page.waitForPanel("Thử Nghiệm");
        JsonNode created = zone("ccn-thu-nghiem");
        assertThat(created.path("properties").path("district").asString()).isEqualTo("H. Cao Lãnh");
        assertThat(created.path("properties").path("areaHa").asDouble()).isEqualTo(19.5);
        assertThat(created.path("properties").path("editedBy").asString()).isEqualTo("planner");
        assertThat(outerRing(created.path("geometry"))).hasSize(5);
        page.until(d -> page.drawnZones().contains("ccn-thu-nghiem"));
    }

    @Test
    @Order(8)
    void anOfficialReadsTheHistoryAndChangesNothingInEitherLanguage() {
        page.viewport(WIDTH, DESKTOP_HEIGHT);
        page.open("?lang=en&zone=" + ZONE);
        page.waitForPanel("Cao Lãnh");
        if (page.find("#sign-out").isDisplayed()) {
            page.find("#sign-out").click();
            page.until(d -> page.find("#sign-in").isDisplayed());
        }
        signIn("official", "official-demo");
        page.until(d -> page.all("#zone-edit-actions button").size() == 1);
        assertThat(page.text("#zone-edit-actions")).isEqualTo("History");
        assertThat(page.text("#account-user")).isEqualTo("official Official");
        assertThat(page.find("#new-zone").isDisplayed()).isFalse();

        page.find("#zone-edit-actions [data-action=history]").click();
        page.until(d -> page.all("#history-panel .version").size() == 5);
        assertThat(page.text("#history-panel .version[data-version='5']")).contains("Reverted", "reverted to version 2");
        assertThat(page.all("#history-panel [data-action=draw]")).hasSize(4);
        assertThat(page.all("#history-panel [data-action=revert]")).as("no revert for an official").isEmpty();
        page.screenshot("edit-15-official-history-en");

        page.switchLanguage();
        page.until(d -> page.text("#zone-edit-actions").equals("Lịch sử"));
        assertThat(page.text("#history-panel .version[data-version='5']")).contains("Khôi phục");
        page.find("#sign-out").click();
        page.until(d -> page.find("#sign-in").isDisplayed() && !page.find("#history-panel").isDisplayed());
    }

    @Test
    @Order(9)
    void aZoneTakenOutOfThePlanNeedsAReasonAndLeavesTheList() {
        String zone = "kcn-cao-lanh-2";
        openAsPlanner("?zone=" + zone, "Cao Lãnh II");
        int listed = page.summaryCount();

        page.find("#zone-edit-actions [data-action=edit-attributes]").click();
        page.until(d -> page.find("#zone-form-dialog").isDisplayed());
        new Select(page.find("#zone-form-lifecycle")).selectByValue("removed_from_plan");
        page.find("#zone-form-dialog button[type=submit]").click();
        assertThat(page.text("#zone-form-comment-error")).isEqualTo("Cần ghi lý do khi đưa khu ra khỏi quy hoạch.");
        assertThat(page.find("#zone-form-comment").getDomAttribute("aria-invalid")).isEqualTo("true");
        page.find("#zone-form-comment").sendKeys("Không có nhà đầu tư hạ tầng sau ba lần kêu gọi");
        page.find("#zone-form-dialog button[type=submit]").click();

        page.until(d -> !page.find("#zone-form-dialog").isDisplayed());
        page.until(d -> page.summaryCount() == listed - 1);
        assertThat(page.resultNames()).noneMatch(name -> name.endsWith("Cao Lãnh II"));
        assertThat(zone(zone).path("properties").path("lifecycle").asString()).isEqualTo("removed_from_plan");
    }

    @Test
    @Order(10)
    void onAPastDayAPlannerReadsTheZoneButEditsOnlyToday() {
        openAsPlanner("?zone=kcn-tan-kieu&asOf=2024-06-30", "Tân Kiều");
        page.until(d -> !page.all("#zone-edit-actions [data-role=past-day]").isEmpty());
        assertThat(page.text("#zone-edit-actions")).contains("30/06/2024").contains("Lịch sử");
        assertThat(page.all("#zone-edit-actions [data-action=edit-boundary]")).isEmpty();
        assertThat(page.find("#new-zone").isDisplayed()).isFalse();
        page.screenshot("edit-16-past-day-no-edits");

        page.find("#as-of-clear").click();
        page.until(d -> !page.all("#zone-edit-actions [data-action=edit-boundary]").isEmpty());
        assertThat(page.find("#new-zone").isDisplayed()).isTrue();
    }

    /** A point well inside a lot: the middle of its first two opposite corners. */
    private static double[] interiorPoint(JsonNode geometry) {
        JsonNode ring = outerRing(geometry);
        return new double[] {(ring.get(0).get(0).asDouble() + ring.get(2).get(0).asDouble()) / 2,
            (ring.get(0).get(1).asDouble() + ring.get(2).get(1).asDouble()) / 2};
    }

    /** The page at desktop size with a zone's panel open, the demo planner signed in. */
    @Test
    @Order(20)
    void aPlannerStatesWhatARentCoversAndThePanelSaysSo() {
        openAsPlanner("?zone=ccn-binh-an", "Bình An");
        page.find("#zone-edit-actions [data-action=edit-attributes]").click();
        page.until(d -> page.find("#zone-form-dialog").isDisplayed());
        assertThat(new Select(page.find("#zone-form-rentBasis")).getFirstSelectedOption().getText())
                .as("no rent, no basis").isEqualTo("—");

        type("#zone-form-rentMinUsdM2", "1,5");
        new Select(page.find("#zone-form-rentBasis")).selectByValue("per_month");
        page.find("#zone-form-comment").sendKeys("Giá nhà xưởng xây sẵn");
        page.find("#zone-form-dialog button[type=submit]").click();
        page.until(d -> !page.find("#zone-form-dialog").isDisplayed());

        page.until(d -> page.text("#zone-panel").contains("từ 1,5 USD/m² mỗi tháng (nhà xưởng xây sẵn)"));
        page.screenshot("edit-20-rent-basis");
    }

    private void openAsPlanner(String query, String zoneName) {
        page.viewport(WIDTH, DESKTOP_HEIGHT);
        page.open(query);
        page.waitForPanel(zoneName);
        signInAsPlanner();
    }

    /** Signs in as the demo planner unless already signed in; an open zone panel then offers the edits. */
    private void signInAsPlanner() {
        page.until(d -> page.find("#sign-in").isDisplayed() || page.find("#sign-out").isDisplayed());
        if (page.find("#sign-in").isDisplayed()) {
            signIn("planner", "planner-demo");
        }
        page.until(d -> !page.panel().isDisplayed() || !page.all("#zone-edit-actions button").isEmpty());
    }

    private void signIn(String username, String password) {
        if (!page.find("#sign-in-dialog").isDisplayed()) {
            page.find("#sign-in").click();
        }
        type("#sign-in-dialog input[name=username]", username);
        type("#sign-in-dialog input[name=password]", password);
        page.find("#sign-in-dialog input[name=password]").sendKeys(Keys.ENTER);
        if (!password.equals("wrong-password")) {
            page.until(d -> !page.find("#sign-in-dialog").isDisplayed());
        } else {
            page.until(d -> !page.text("#sign-in-dialog .form__error").isEmpty());
        }
    }

    private void type(String selector, String text) {
        WebElement field = page.find(selector);
        field.clear();
        field.sendKeys(text);
    }

    /** Draws a polygon as a person does with Leaflet.draw: a click on each corner, then on the first again. */
    private void drawPolygon(double[][] corners) {
        for (double[] corner : corners) {
            clickMapAt(corner[0], corner[1]);
        }
        clickMapAt(corners[0][0], corners[0][1]);
        page.until(d -> vertexHandles().size() == corners.length);
    }

    /**
     * A real click on the map where a longitude and latitude are drawn now, at a person's pace: Leaflet.draw
     * ignores a click that comes within 50 ms of the vertex before it.
     */
    private void clickMapAt(double lon, double lat) {
        WebElement map = page.find("#map");
        double[] at = pixelOnPage(lon, lat);
        new Actions(driver).moveToElement(map, (int) Math.round(at[0] - map.getRect().getX() - map.getRect().getWidth() / 2.0),
                (int) Math.round(at[1] - map.getRect().getY() - map.getRect().getHeight() / 2.0))
                .pause(HUMAN_PAUSE).click().pause(HUMAN_PAUSE).perform();
    }

    /** Where a longitude and latitude are drawn now, in the page's CSS pixels. */
    private double[] pixelOnPage(double lon, double lat) {
        WebElement map = page.find("#map");
        double[] at = MapPixels.of(page.query(), map.getRect().getWidth(), map.getRect().getHeight()).of(lon, lat);
        return new double[] {map.getRect().getX() + at[0], map.getRect().getY() + at[1]};
    }

    /** Waits until the view the page writes in its address stays the same for half a second. */
    private void awaitStillMap() {
        String[] seen = {null};
        page.until(d -> {
            String now = page.query();
            boolean still = now.equals(seen[0]);
            seen[0] = now;
            return still;
        });
    }

    /** Leaflet.draw's handles on the corners (the ones between corners are drawn faint, at 0.6). */
    private List<WebElement> vertexHandles() {
        return page.all(".leaflet-editing-icon:not(.boundary-move)").stream().filter(handle -> !"0.6".equals(handle.getCssValue("opacity"))).toList();
    }

    /** A corner's handle that neither the edit bar nor the zone panel covers. */
    private WebElement uncoveredVertexHandle() {
        return vertexHandles().stream().filter(handle -> (Boolean) page.script("""
                const box = arguments[0].getBoundingClientRect();
                return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === arguments[0];""", handle))
                .findFirst().orElseThrow();
    }

    private JsonNode zone() {
        return zone(ZONE);
    }

    private JsonNode zone(String code) {
        return new Http(port).get("/api/zones/" + code).json();
    }

    /** The outer ring of a zone's boundary (of its first part). */
    private static JsonNode polygonRing(JsonNode feature) {
        return outerRing(feature.path("geometry"));
    }

    private static JsonNode outerRing(JsonNode geometry) {
        JsonNode polygon = geometry.path("type").asString().equals("MultiPolygon")
                ? geometry.path("coordinates").get(0) : geometry.path("coordinates");
        return polygon.get(0);
    }

    /** How far a [lon, lat] position is from the nearest of the corners clicked, in degrees. */
    private static double distanceToNearestCorner(JsonNode position) {
        double nearest = Double.MAX_VALUE;
        for (double[] corner : CORNERS) {
            nearest = Math.min(nearest, Math.max(Math.abs(corner[0] - position.get(0).asDouble()),
                    Math.abs(corner[1] - position.get(1).asDouble())));
        }
        return nearest;
    }
}
