package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.io.ImportOptions;
import vn.kcnatlas.io.ImportProgress;
import vn.kcnatlas.io.ImportReport;
import vn.kcnatlas.io.Importer;
import vn.kcnatlas.map.style.LayerStyle;
import vn.kcnatlas.map.style.MapStyles;
import vn.kcnatlas.map.style.StyleClass;
import vn.kcnatlas.map.style.Theme;
import vn.kcnatlas.text.Localized;
import vn.kcnatlas.zone.ZoneRepository;

/**
 * The web map in headless Chromium against the running app, step by step as a reader would use it, with
 * a screenshot of each step in target/screenshots/. Ordered, because the last steps add zones and lots
 * that the counts of the first would not expect.
 */
@TestMethodOrder(OrderAnnotation.class)
class WebMapBrowserTest extends WebMapInBrowser {

    private static final int SEEDED_ZONES = 21;
    private static final String LOTS_ZONE = "kcn-thanh-loc";
    private static final int LOTS = 1000;

    @Autowired
    Importer importer;
    @Autowired
    ZoneRepository zones;
    @Autowired
    JsonMapper json;
    @Autowired
    MapStyles mapStyles;

    @Test
    @Order(1)
    void showsEveryZoneWithABoundaryAsAShapeAndTheOthersAsPins() {
        page.open("");

        assertThat(page.drawnZones()).hasSize(16);
        assertThat(page.summaryCount()).isEqualTo(SEEDED_ZONES);
        assertThat(page.all("#results .result__flag")).hasSize(5);
        // Below the label zoom every zone has a pin, clustered.
        page.awaitPinnedZones(SEEDED_ZONES);
        assertThat(page.legendLabels()).contains("Chưa có ranh giới");
        page.screenshot("01-overview");

        // From zoom 11 the shapes speak for themselves; only the five zones without a boundary keep a pin,
        // each its own, hollow and named as such, in a row under the name of the district they stand for.
        page.open("?map=12/10.51000/105.63000");
        page.awaitPinnedZones(5);
        assertThat(page.all(".zone-cluster")).as("three zones share H. Cao Lãnh's point, two TP Cao Lãnh's").isEmpty();
        assertThat(page.all(".zone-marker .zone-pin--no-boundary")).hasSize(5);
        assertThat(page.all(".zone-marker")).allSatisfy(pin -> assertThat(pin.getDomAttribute("aria-label"))
                .endsWith(" — chưa có ranh giới"));
        WebElement pin = page.find(".zone-marker[data-zone='kcn-cao-lanh-2']");
        assertThat(pin.getDomAttribute("aria-label")).isEqualTo("Cao Lãnh II — chưa có ranh giới");
        page.script("arguments[0].focus()", pin);
        page.until(d -> page.all(".zone-tooltip").stream().anyMatch(tip -> tip.getText().equals("Cao Lãnh II\nChưa có ranh giới")));
        assertThat(districtNamesUnderPins()).isEmpty();
        page.screenshot("02-zones-without-boundary");

        // At the districts' zoom the pins cluster, and the districts' names step out from under them.
        page.open("?map=10/10.51000/105.63000");
        page.until(d -> districtNamesUnderPins().isEmpty());
        page.screenshot("02b-district-names-beside-clusters");
    }

    @Test
    @Order(2)
    void searchIgnoresDiacriticsAndOpensTheZonePanel() {
        page.open("");

        page.search("tan kieu").waitForCount(1);
        assertThat(page.resultNames()).singleElement().asString().endsWith("Tân Kiều");
        page.find("#filters input[name=q]").sendKeys(Keys.ENTER);

        assertThat(page.waitForPanel("Tân Kiều")).isEqualTo("Tân Kiều");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("zone-title");
        assertThat(page.text("#zone-panel .panel__warnings")).contains("ước lượng gần đúng");
        assertThat(page.text("#zone-panel")).contains("Khu công nghiệp", "H. Tháp Mười", "148,71 ha");
        assertThat(page.all("#zone-targets")).as("targets section, from /api/zones/{code}/targets").hasSize(1);
        assertThat(page.text("#zone-panel")).as("the documents cited, by title, not the provenance note")
                .contains("Nghị quyết số 124/NQ-CP", "Tan Kieu Industrial Park").doesNotContain("zones-facts");
        assertThat(page.query()).contains("q=tan+kieu", "zone=kcn-tan-kieu");
        page.until(d -> page.query().matches(".*map=1[3-6]/.*")); // the map has flown to the zone
        page.screenshot("03-search-and-panel");

        page.find("#zone-title").sendKeys(Keys.ESCAPE);
        page.until(d -> !page.panel().isDisplayed());
        assertThat(page.query()).doesNotContain("zone=");
    }

    @Test
    @Order(3)
    void listEntriesWorkFromTheKeyboard() {
        page.open("");
        WebElement first = page.find("#results .result");
        String zone = first.getDomAttribute("data-zone");
        String name = first.findElement(By.className("result__name")).getText().replaceFirst("^(KCN|CCN) ", "");

        first.sendKeys(Keys.SPACE);
        page.waitForPanel(name);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("zone-title");

        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.until(d -> !page.panel().isDisplayed());
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-zone"))
                .as("the focus goes back to the list entry").isEqualTo(zone);
    }

    @Test
    @Order(4)
    void aFilterNarrowsTheListAndTheMap() {
        page.open("");

        page.choose("kind", "CCN").waitForCount(6);

        assertThat(page.resultNames()).allSatisfy(name -> assertThat(name).startsWith("CCN"));
        assertThat(page.drawnZones()).containsExactly("ccn-binh-an", "ccn-ham-ninh", "ccn-thuong-phuoc",
                "ccn-vinh-hoa-hung-nam");
        assertThat(page.query()).contains("kind=CCN");
        page.screenshot("04-filter-kind-ccn");

        page.choose("province", "kien-giang").waitForCount(3);
        assertThat(page.drawnZones()).containsExactly("ccn-binh-an", "ccn-ham-ninh", "ccn-vinh-hoa-hung-nam");
        assertThat(page.text("#summary")).startsWith("3 khu");
    }

    @Test
    @Order(5)
    void theThemeSwitchChangesTheColoursAndTheLegend() {
        JsonNode themes = styles().path("layers").path("zones").path("themes");
        page.open("");
        assertThat(page.legendTitle()).isEqualTo(themes.path("investment").path("title").path("vi").asString());
        assertThat(page.fillOf("kcn-thanh-loc")).isEqualTo(colourOf(themes.path("investment"), "seeking_tenants"));

        page.theme("occupancy");

        page.until(d -> page.legendTitle().equals(themes.path("occupancy").path("title").path("vi").asString()));
        assertThat(page.fillOf("kcn-thanh-loc")).as("75% occupied, as reported").isEqualTo(colourBetween(themes.path("occupancy"), 75));
        assertThat(page.fillOf("kcn-tan-kieu")).as("no occupancy figure: hatched").startsWith("url(#hatch-");
        assertThat(page.legendLabels()).contains("50–75%", "Chưa có số liệu", "Chưa có ranh giới");
        assertThat(page.query()).contains("theme=occupancy");
        page.screenshot("05-theme-occupancy");

        page.theme("clearance");
        page.until(d -> page.legendTitle().equals(themes.path("clearance").path("title").path("vi").asString()));
        assertThat(page.fillOf("kcn-thanh-loc")).isEqualTo(colourOf(themes.path("clearance"), "completed"));
    }

    @Test
    @Order(6)
    void theLanguageToggleChangesTheWordsAndTheNumbers() {
        page.open("?zone=kcn-thanh-loc");
        page.waitForPanel("Thạnh Lộc (giai đoạn 1)");
        assertThat(page.language()).isEqualTo("vi");
        assertThat(page.text("#summary")).matches("21 khu · [\\d.]+,\\d+ ha còn trống.*");
        assertThat(page.text("#zone-panel")).contains("Còn trống", "75%", "Đất cho thuê");
        assertThat(formatHa(1234.5)).isEqualTo("1.234,5 ha");
        assertThat(page.find(".leaflet-control-zoom-in").getDomAttribute("aria-label")).isEqualTo("Phóng to");
        assertThat(page.find(".leaflet-control-zoom-out").getDomAttribute("title")).isEqualTo("Thu nhỏ");
        page.screenshot("06-vietnamese");

        page.switchLanguage();

        page.until(d -> "en".equals(page.language()));
        page.until(d -> page.text("#summary").startsWith("21 zones"));
        assertThat(page.text("#summary")).matches("21 zones · [\\d,]+\\.\\d+ ha available.*");
        assertThat(page.find("#filters").getDomProperty("textContent")).contains("Search by name", "Province", "Land clearance");
        page.openLegend(); // folded while the zone's panel is open: the reader unfolds it
        assertThat(page.legendTitle()).isEqualTo("Investment call");
        assertThat(page.find("#zone-panel").getDomProperty("textContent")).contains("Available", "75%", "Leasable land",
                "Targets that apply");
        assertThat(page.text("#language")).isEqualTo("Tiếng Việt");
        assertThat(formatHa(1234.5)).isEqualTo("1,234.5 ha");
        assertThat(page.query()).contains("lang=en");
        assertThat(page.find(".leaflet-control-zoom-in").getDomAttribute("aria-label")).isEqualTo("Zoom in");
        assertThat(page.find(".leaflet-control-zoom-out").getDomAttribute("title")).isEqualTo("Zoom out");
        page.screenshot("07-english");
    }

    @Test
    @Order(7)
    void aSharedLinkRestoresTheState() {
        String shared = "?lang=en&theme=occupancy&map=13/10.51500/105.81500&kind=KCN&zone=kcn-tan-kieu"
                + "&compare=kcn-tan-kieu,kcn-thanh-loc";

        page.open(shared);

        assertThat(page.language()).isEqualTo("en");
        assertThat(page.selectedTheme()).isEqualTo("occupancy");
        page.openLegend(); // folded while the zone's panel is open: the reader unfolds it
        assertThat(page.legendTitle()).isEqualTo("Occupancy");
        assertThat(page.selected("kind")).isEqualTo("KCN");
        assertThat(page.summaryCount()).isEqualTo(15);
        assertThat(page.waitForPanel("Tân Kiều")).isEqualTo("Tân Kiều");
        assertThat(page.all("#compare-chips .chip")).hasSize(2);
        assertThat(page.query()).as("the view is kept as shared").contains("map=13/10.51500/105.81500");
        page.screenshot("08-shared-link");
    }

    @Test
    @Order(8)
    void comparesTwoToFourZonesSideBySide() {
        page.open("");

        compareEntry(0);
        assertThat(page.find("#compare-open").isEnabled()).as("one zone is no comparison").isFalse();
        compareEntry(1);
        compareEntry(2);
        compareEntry(3);
        assertThat(page.all("#results .result__compare input").get(4).isEnabled()).as("four at most").isFalse();
        page.find("#compare-open").click();

        WebElement table = page.find("#compare-table");
        page.until(d -> table.isDisplayed());
        assertThat(table.findElements(By.cssSelector("thead th"))).hasSize(4);
        assertThat(table.getText()).contains("Diện tích công bố", "Kêu gọi đầu tư", "Tỷ lệ lấp đầy");
        assertThat(page.query()).containsPattern("compare=[a-z0-9-]+(,[a-z0-9-]+){3}");
        page.screenshot("09-compare");

        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.until(d -> !table.isDisplayed());
        page.find("#compare-clear").click();
        page.until(d -> !page.find("#compare-tray").isDisplayed());
    }

    @Test
    @Order(9)
    void fitsAPhoneScreen() {
        page.viewport(390, 844);
        page.open("?zone=kcn-thanh-loc");
        page.waitForPanel("Thạnh Lộc (giai đoạn 1)");
        assertThat(page.find("#sidebar").isDisplayed()).as("the list waits behind its button").isFalse();
        assertThat(noHorizontalScroll()).isTrue();
        page.screenshot("10-phone-panel");

        page.find("#zone-close").click();
        page.find("#sidebar-toggle").click();
        page.until(d -> page.find("#sidebar").isDisplayed());
        assertThat(noHorizontalScroll()).isTrue();
        page.screenshot("11-phone-list");

        page.all("#results .result").get(1).click();
        page.until(d -> !page.find("#sidebar").isDisplayed() && page.panel().isDisplayed());
    }

    @Test
    @Order(10)
    void pinsAndClustersWorkFromTheKeyboard() {
        page.open("?map=10/10.45000/105.62000");
        page.script("document.querySelector('#map').focus()");

        WebElement pin = tabTo(".zone-marker");
        assertThat(pin.getDomAttribute("role")).isEqualTo("button");
        String zone = pin.getDomAttribute("data-zone");
        String name = json.readTree(fetch("/api/zones/" + zone)).path("properties").path("name").asString();
        pin.sendKeys(Keys.ENTER);
        page.waitForPanel(name);
        assertThat(page.query()).contains("zone=" + zone);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).as("the panel takes the focus").isEqualTo("zone-title");
        page.screenshot("14-pin-from-the-keyboard");

        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.until(d -> !page.panel().isDisplayed());
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-zone")).as("the focus goes back to the pin")
                .isEqualTo(zone);

        WebElement cluster = tabTo(".zone-cluster");
        assertThat(cluster.getDomAttribute("role")).isEqualTo("button");
        cluster.sendKeys(Keys.SPACE);
        page.until(d -> page.query().matches(".*map=1[1-9]/.*")); // zoomed into the cluster, as a click does
        assertThat(page.query()).doesNotContain("zone=");
    }

    @Test
    @Order(11)
    void theComparisonScrollsSidewaysOnAPhone() {
        page.viewport(375, 740);
        List<String> compared = List.of("kcn-thanh-loc", "kcn-song-hau", "kcn-sa-dec-a1", "ccn-tp-cao-lanh");
        page.open("?lang=en&compare=" + String.join(",", compared));
        page.find("#sidebar-toggle").click();
        page.until(d -> page.find("#compare-open").isEnabled());
        page.find("#compare-open").click();
        WebElement table = page.find("#compare-table");
        page.until(d -> table.isDisplayed());

        assertThat(noHorizontalScroll()).as("the page itself never scrolls sideways").isTrue();
        assertThat((Boolean) page.script("""
                const box = document.querySelector('#compare-dialog').getBoundingClientRect();
                return box.left >= 0 && box.right <= window.innerWidth;""")).as("the dialog fits the screen").isTrue();
        assertThat((Boolean) page.script("""
                const body = document.querySelector('#compare-dialog .dialog__body');
                return body.scrollWidth > body.clientWidth;""")).as("the table scrolls inside the dialog").isTrue();
        assertThat((List<?>) page.script("""
                return [...document.querySelectorAll('#compare-table th, #compare-table td')]
                  .filter(cell => cell.scrollWidth > cell.clientWidth + 1).map(cell => cell.textContent);"""))
                .as("no text runs out of its cell into the next").isEmpty();
        List<String> names = compared.stream()
                .map(code -> json.readTree(fetch("/api/zones/" + code)).path("properties").path("name").asString()).toList();
        assertThat(table.findElements(By.cssSelector("thead th"))).extracting(WebElement::getText).containsExactlyElementsOf(names);
        page.screenshot("15-compare-on-a-phone");
        // Each name, scrolled to, shows beside the row labels that stay at the left, and in no more than five lines.
        @SuppressWarnings("unchecked")
        List<String> hidden = (List<String>) page.script("""
                const labels = document.querySelector('#compare-table tbody th[scope=row]');
                return [...document.querySelectorAll('#compare-table thead th')].filter(th => {
                  th.scrollIntoView({ block: 'nearest', inline: 'nearest' });
                  const box = th.getBoundingClientRect();
                  const lines = box.height / (1.3 * parseFloat(getComputedStyle(th).fontSize));
                  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                  return !th.contains(hit) || box.left < labels.getBoundingClientRect().right - 1 || lines > 6;
                }).map(th => th.textContent);""");
        assertThat(hidden).as("names hidden, cut or too tall").isEmpty();
        page.screenshot("16-compare-on-a-phone-scrolled");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    @Test
    @Order(12)
    void onAPhoneTheFiltersFoldSoThatTheListKeepsTheScreen() {
        page.viewport(375, 740);
        page.open("?compare=kcn-thanh-loc,kcn-song-hau,kcn-sa-dec-a1,ccn-tp-cao-lanh");
        page.find("#sidebar-toggle").click();
        page.until(d -> page.find("#results").isDisplayed());

        WebElement toggle = page.find("#filters-toggle");
        assertThat(toggle.getDomAttribute("aria-controls")).isEqualTo("filters-more");
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(page.find("#filters-more").isDisplayed()).isFalse();
        assertThat(page.find("#filters input[name=q]").isDisplayed()).as("the search box stays").isTrue();
        assertThat(page.find("#compare-tray").isDisplayed()).isTrue();
        assertThat(((Number) page.script("return document.querySelector('#results').clientHeight")).intValue())
                .as("the list's height with four zones in the comparison tray").isGreaterThanOrEqualTo(300);
        assertThat(noHorizontalScroll()).isTrue();
        page.screenshot("17-phone-list-filters-folded");

        toggle.click();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.find("#filters-more").isDisplayed()).isTrue();
        page.choose("kind", "CCN").waitForCount(6);
        assertThat(toggle.getText()).as("the number of filters in use").contains("1");
        assertThat(toggle.getDomProperty("textContent")).contains("1 bộ lọc đang dùng");
        page.screenshot("18-phone-list-filters-open");

        toggle.click();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(page.find("#filters-more").isDisplayed()).isFalse();
        assertThat(page.query()).as("folding keeps the filters").contains("kind=CCN");
    }

    @Test
    @Order(13)
    void theMinimumAreaTakesADecimalCommaOrPoint() {
        page.open("");
        WebElement area = page.find("#filters input[name=minAvailableHa]");
        WebElement error = page.find("#min-available-error");

        area.sendKeys("2,5");
        page.waitForCount(0); // Sông Hậu's 0,9 ha is the one figure known; the other 20 zones' are unknown
        assertThat(page.text("#summary")).contains("20 khu chưa có số liệu đất còn trống không được liệt kê");
        assertThat(page.query()).contains("minAvailableHa=2.5");
        assertThat(error.isDisplayed()).isFalse();

        area.clear();
        area.sendKeys("0.5");
        page.waitForCount(1);
        assertThat(page.query()).contains("minAvailableHa=0.5");

        area.clear();
        area.sendKeys("2,5 ha nhé");
        page.until(d -> error.isDisplayed());
        assertThat(error.getText()).contains("“2,5 ha nhé”", "2,5");
        assertThat(area.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(area.getDomAttribute("aria-describedby")).isEqualTo("min-available-error");
        assertThat(area.getDomProperty("value")).as("what was typed is left as typed").isEqualTo("2,5 ha nhé");
        assertThat(page.query()).as("the filter stays as it was").contains("minAvailableHa=0.5");
        assertThat(page.summaryCount()).isEqualTo(1);
        page.screenshot("19-minimum-area-not-a-number");

        page.open("?minAvailableHa=2.5");
        page.waitForCount(0);
        assertThat(page.find("#filters input[name=minAvailableHa]").getDomProperty("value")).isEqualTo("2,5");
        page.switchLanguage();
        page.until(d -> "2.5".equals(page.find("#filters input[name=minAvailableHa]").getDomProperty("value")));
    }

    @Test
    @Order(14)
    void aZoneChosenOnTheMapStaysInSightBesideThePanel() {
        // Tân Kiều ~390 px right of the centre: where the panel will open.
        page.open("?map=13/10.51451/105.74887");
        assertThat(boxOf("path[data-zone='kcn-tan-kieu']").get("right")).isGreaterThan(boxOf("#map").get("right") - 390);
        page.find("path[data-zone='kcn-tan-kieu']").click();
        page.waitForPanel("Tân Kiều");
        page.until(d -> boxOf("path[data-zone='kcn-tan-kieu']").get("right") <= boxOf("#zone-panel").get("left"));
        assertThat(boxOf("path[data-zone='kcn-tan-kieu']").get("left")).isGreaterThanOrEqualTo(boxOf("#map").get("left"));
        assertThat(page.query()).as("panned, not zoomed").contains("map=13/");
        page.screenshot("20-zone-beside-the-panel");

        // On a phone the panel is a sheet over the lower half: a zone near the bottom moves up above it.
        page.viewport(375, 740);
        page.open("?map=12/10.51900/105.66480");
        assertThat(boxOf("path[data-zone='kcn-tran-quoc-toan']").get("bottom")).isGreaterThan(500);
        page.find("path[data-zone='kcn-tran-quoc-toan']").click();
        page.waitForPanel("Trần Quốc Toản");
        page.until(d -> boxOf("path[data-zone='kcn-tran-quoc-toan']").get("bottom") <= boxOf("#zone-panel").get("top"));
        assertThat(boxOf("path[data-zone='kcn-tran-quoc-toan']").get("top")).isGreaterThanOrEqualTo(boxOf("#map").get("top"));
        assertThat(page.query()).contains("map=12/");
        page.screenshot("21-phone-zone-above-the-sheet");
    }

    @Test
    @Order(15)
    void theSelectedZonesEntryComesIntoSight() {
        page.open("?zone=kcn-xeo-ro"); // last in the list, far below its fold
        page.waitForPanel("Xẻo Rô");
        page.until(d -> entryInSight("kcn-xeo-ro"));

        page.open("?map=13/10.51451/105.81531"); // Tân Kiều, in the middle of the list
        page.script("document.querySelector('#results').scrollTop = 0");
        assertThat(entryInSight("kcn-tan-kieu")).isFalse();
        page.find("path[data-zone='kcn-tan-kieu']").click();
        page.waitForPanel("Tân Kiều");
        page.until(d -> entryInSight("kcn-tan-kieu"));
        page.screenshot("22-entry-of-the-zone-chosen-on-the-map");

        // The focus ring of an entry is drawn inside the scrolling list, which would clip it outside.
        page.find("#filters input[name=q]").click();
        WebElement first = tabTo("#results .result");
        assertThat((Boolean) page.script("""
                const entry = arguments[0], list = document.querySelector('#results');
                const style = getComputedStyle(entry);
                const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
                const box = entry.getBoundingClientRect(), frame = list.getBoundingClientRect();
                return entry.matches(':focus-visible') && style.outlineStyle !== 'none'
                  && box.top - reach >= frame.top && box.left - reach >= frame.left && box.right + reach <= frame.right;""", first))
                .as("the focus ring is whole").isTrue();
    }

    @Test
    @Order(16)
    void aRefusedLinkIsExplainedInThePagesLanguage() {
        expectedConsoleErrors.add("/api/zones?province=nowhere&boundaries=false - Failed to load resource");
        page.open("?province=nowhere");

        WebElement notice = page.find("#notice");
        page.until(d -> notice.isDisplayed());
        assertThat(notice.findElement(By.cssSelector("p")).getText())
                .isEqualTo("Không tải được danh sách khu. Liên kết có bộ lọc không hợp lệ: Tỉnh.");
        WebElement detail = notice.findElement(By.className("notice__detail"));
        assertThat(detail.getText()).as("the server's words come second").contains("Unknown province 'nowhere'");
        assertThat(detail.getDomAttribute("lang")).isEqualTo("en");
        page.screenshot("23-refused-link");

        page.switchLanguage();
        page.until(d -> notice.findElement(By.cssSelector("p")).getText()
                .equals("The list of zones could not be loaded. The link has an invalid filter: Province."));

        notice.findElement(By.className("notice__action")).click(); // "Clear filters"
        page.waitForCount(SEEDED_ZONES);
        assertThat(notice.isDisplayed()).isFalse();
        assertThat(page.query()).doesNotContain("province=");
    }

    @Test
    @Order(17)
    void onA1280PixelScreenTheHeaderKeepsToOneRowInBothLanguages() {
        page.viewport(1280, 800);
        for (String language : List.of("vi", "en")) {
            page.open("?lang=" + language);
            int brandTop = page.find(".brand__title").getRect().getY();
            assertThat(page.find("#language").getRect().getY()).as("the toolbar beside the brand, in %s", language)
                    .isLessThan(brandTop + 20);
            assertThat(page.find(".app-header").getRect().getHeight()).as("the header's height in %s", language)
                    .isLessThanOrEqualTo(60);
        }
    }

    @Test
    @Order(17)
    void theHeaderFitsAPhoneInBothLanguages() {
        page.viewport(375, 740);
        for (String language : List.of("vi", "en")) {
            page.open("?lang=" + language);
            String other = language.equals("vi") ? "en" : "vi";
            WebElement toggle = page.find("#language");
            assertThat(toggle.getText()).isEqualTo(other.toUpperCase());
            assertThat(toggle.getDomAttribute("aria-label")).as("the name starts with the word shown")
                    .isEqualTo(other.equals("vi") ? "VI, Chuyển sang tiếng Việt" : "EN, Switch to English");
            assertThat(toggle.getRect().getHeight()).as("the language button on one line").isLessThanOrEqualTo(40);
            assertThat(page.find(".app-header").getRect().getHeight()).as("the header's height").isLessThanOrEqualTo(100);
            assertThat(noHorizontalScroll()).isTrue();
            for (String theme : List.of("investment", "occupancy", "clearance")) {
                page.theme(theme);
                assertThat((Boolean) page.script("""
                        const select = document.querySelector('#theme');
                        const text = document.createElement('canvas').getContext('2d');
                        text.font = getComputedStyle(select).font;
                        return text.measureText(select.selectedOptions[0].textContent).width <= select.clientWidth - 28;""")).as("the theme '%s' is not cut in %s", theme, language).isTrue();
            }
            // The theme's label is hidden from sight only: screen readers still name the select by it.
            assertThat((Boolean) page.script("""
                    const label = document.querySelector('.toolbar__field span');
                    const style = getComputedStyle(label);
                    return style.display !== 'none' && style.visibility !== 'hidden' && label.textContent.length > 0
                      && label.getBoundingClientRect().width <= 1;""")).isTrue();
            page.screenshot("24-phone-header-" + language);
        }
    }

    @Test
    @Order(18)
    void thePhonesFirstViewNamesPlacesWithoutTheBaseMap() {
        page.viewport(375, 740);
        page.open("");
        page.until(d -> page.query().contains("map=7/")); // the first view, fitted to the zones
        page.idle();
        // The names find their places in the frame after the pins are drawn: wait for it.
        page.until(d -> districtNamesInSight().size() >= 3);
        List<Map<String, Object>> labels = districtNamesInSight();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(overlap(labels.get(i), labels.get(j))).as("%s over %s", labels.get(i).get("text"),
                        labels.get(j).get("text")).isFalse();
            }
        }
        page.screenshot("25-phone-first-view-names");
    }

    /** The district names not hidden as crowded, wholly inside the map, with their boxes. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> districtNamesInSight() {
        return (List<Map<String, Object>>) page.script("""
                const map = document.querySelector('#map').getBoundingClientRect();
                return [...document.querySelectorAll('.map-label:not(.map-label--crowded) .map-label__text--district')]
                  .map(label => ({ text: label.textContent, box: label.getBoundingClientRect().toJSON() }))
                  .filter(({ box }) => box.width > 0 && box.left >= map.left && box.right <= map.right
                    && box.top >= map.top && box.bottom <= map.bottom);""");
    }

    @Test
    @Order(19)
    void aFilterThatMatchesNothingSaysSoAndOffersTheWayOut() {
        page.open("?q=zzzz&kind=KCN");
        page.waitForCount(0);
        WebElement empty = page.find("#results .results__empty");
        assertThat(empty.getText()).contains("Không có khu nào khớp bộ lọc.");
        page.screenshot("26-nothing-matches");

        empty.findElement(By.tagName("button")).click();
        page.waitForCount(SEEDED_ZONES);
        assertThat(page.query()).doesNotContain("q=").doesNotContain("kind=");
        assertThat(page.all("#results .results__empty")).isEmpty();
        assertThat(driver.switchTo().activeElement().getDomAttribute("name")).as("the focus is kept on the form").isEqualTo("q");
    }

    @Test
    @Order(20)
    void illustrativeLotsSaySoAndNoFigureComesFromThem() {
        page.open("?zone=kcn-sa-dec-a1");
        page.waitForPanel("Sa Đéc (khu A1)");

        page.until(d -> page.all("#zone-lots-illustrative").size() == 1 && page.all("#zone-lots .lots-table").size() == 1);
        assertThat(page.text("#zone-lots-illustrative")).isEqualTo("Lô đất minh họa, không phải số liệu thật");
        assertThat(page.text("#zone-panel .panel__warnings")).contains("9 lô đất của khu này là lô minh họa");
        // Its 9 lots once made 6,04 ha available and 78,43% occupied: now the first is unknown, the second reported.
        assertThat(page.text(".panel__stats [data-field=availableHa] .stat__value")).isEqualTo("—");
        assertThat(page.text(".panel__stats [data-field=occupancyPct] .stat__value")).isEqualTo("98%\ntheo báo cáo 31/12/2021");
        assertThat(page.text(".facts [data-field=occupancyPct] dd")).startsWith("98%\ntheo báo cáo 31/12/2021, nguồn: ");
        assertThat(page.text(".facts [data-field=availableHa] dd")).isEqualTo("—");
        assertThat((String) page.script("""
                return [...document.querySelectorAll('#zone-panel .panel__stats, #zone-panel .facts')].map(e => e.innerText).join();"""))
                .as("the zone's figures").doesNotContain("6,04", "78,4", "tính từ các lô");
        assertThat(page.text(".facts [data-field=editedAt] dd")).isEqualTo("Chưa chỉnh sửa kể từ khi nạp dữ liệu gốc");
        assertThat(page.text("#zone-lots .lot-counts")).contains("lô minh họa").doesNotContainPattern("\\d+ lô,");
        assertThat(page.text("#zone-lots thead")).doesNotContain("Đơn vị thuê");
        @SuppressWarnings("unchecked")
        List<String> lastCells = (List<String>) page.script(
                "return [...document.querySelectorAll('#zone-lots tbody tr td:last-child')].map(td => td.textContent)");
        assertThat(lastCells).hasSize(9).containsOnly("Lô minh họa");

        // On the map the lots are hatched and dashed, and the legend says what that means.
        page.until(d -> "shown".equals(page.find("#map-status").getDomAttribute("data-state")));
        @SuppressWarnings("unchecked")
        List<List<String>> drawn = (List<List<String>>) page.script("""
                return [...document.querySelectorAll('.leaflet-lots-pane path')]
                  .map(path => [path.getAttribute('fill'), path.getAttribute('stroke-dasharray')]);""");
        assertThat(drawn).isNotEmpty().allSatisfy(style -> {
            assertThat(style.get(0)).startsWith("url(#hatch-");
            assertThat(style.get(1)).isEqualTo("4 3");
        });
        page.openLegend(); // folded while the zone's panel is open: the reader unfolds it
        assertThat(page.text("#legend-lots")).contains("Lô đất minh họa, không phải số liệu thật");
        assertThat(page.text("#map-status")).matches("Đang hiển thị (\\d+) lô đất \\(có \\1 lô minh họa, không phải số liệu thật\\)");
        page.screenshot("27-illustrative-lots-panel");

        page.viewport(375, 740);
        page.until(d -> page.panel().isDisplayed());
        assertThat(noHorizontalScroll()).isTrue();
        page.script("""
                const body = document.querySelector('#zone-body');
                body.scrollTop = document.querySelector('#zone-lots').offsetTop - body.offsetTop;""");
        page.screenshot("28-illustrative-lots-on-a-phone");
    }

    @Test
    @Order(21)
    void zonesWhoseFigureIsUnknownAreCountedOfferedAndSortedLast() {
        page.open("?province=dong-thap&minAvailableHa=5");

        page.waitForCount(0);
        assertThat(page.text("#summary")).isEqualTo("0 khu · 13 khu chưa có số liệu đất còn trống không được liệt kê");
        assertThat(page.text("#results .results__empty")).contains("Liệt kê cả 13 khu chưa có số liệu");
        WebElement include = page.find("#include-unknown input");
        assertThat(page.text("#include-unknown")).isEqualTo("Liệt kê cả 13 khu chưa có số liệu");
        page.screenshot("29-unknown-available-land-counted");

        include.click();

        page.waitForCount(13);
        assertThat(include.isSelected()).isTrue();
        assertThat(page.query()).contains("minAvailableHa=5", "includeUnknown=true");
        assertThat(page.text("#summary")).startsWith("13 khu").contains("gồm 13 khu chưa có số liệu đất còn trống");

        new Select(page.find("#sort")).selectByValue("occupancy");
        page.until(d -> page.all("#results .results__divider").size() == 1);
        assertThat(page.text("#results .results__divider"))
                .isEqualTo("10 khu chưa có số liệu tỷ lệ lấp đầy, xếp cuối danh sách");
        assertThat(page.resultNames().subList(0, 3)).as("the three zones with a reported occupancy first")
                .containsExactly("KCN Sa Đéc (khu A1)", "KCN Sa Đéc (khu C và C mở rộng)", "KCN Trần Quốc Toản");
        assertThat(page.query()).contains("sort=occupancy");
        page.screenshot("30-unknown-occupancy-sorted-last");

        page.find("#filters input[name=minAvailableHa]").sendKeys(Keys.BACK_SPACE);
        page.waitForCount(14);
        assertThat(page.query()).as("nothing left to include").doesNotContain("includeUnknown").contains("sort=occupancy");
        assertThat(page.find("#include-unknown").isDisplayed()).isFalse();

        page.open("?province=dong-thap&minOccupancyPct=50");
        page.waitForCount(4);
        assertThat(page.text("#summary")).contains("10 khu chưa có số liệu tỷ lệ lấp đầy không được liệt kê");
        page.find("#filters input[name=minOccupancyPct]").sendKeys("0");
        page.until(d -> page.find("#min-occupancy-error").isDisplayed());
        assertThat(page.text("#min-occupancy-error")).contains("“500”", "0 đến 100");
        assertThat(page.query()).as("a percentage above 100 is never sent").contains("minOccupancyPct=50").doesNotContain("=500");

        page.viewport(375, 740);
        page.open("?province=dong-thap&minAvailableHa=5&includeUnknown=true&sort=available");
        page.find("#sidebar-toggle").click();
        page.until(d -> page.find("#results").isDisplayed());
        assertThat(page.find("#include-unknown input").isSelected()).isTrue();
        assertThat(new Select(page.find("#sort")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("available");
        assertThat(noHorizontalScroll()).isTrue();
        page.screenshot("31-phone-unknown-figures");
    }

    @Test
    @Order(22)
    void theWebMapClassifiesFeaturesAsTheServersRendererDoes() {
        page.open("");
        List<Map<String, Object>> cases = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Map<String, LayerStyle> layers = new LinkedHashMap<>(mapStyles.document().layers());
        layers.put("edge-cases", edgeCaseLayer());
        layers.forEach((layerName, layer) -> layer.themes().forEach((themeName, theme) -> {
            for (Map<String, Object> properties : propertyTable(theme, layer)) {
                cases.add(Map.of("layer", layerName, "theme", themeName, "properties", properties));
                StyleClass styleClass = theme.classify(theme.property() == null ? null : properties.get(theme.property()));
                expected.add(verdict(cases.size() - 1, classIndex(theme, styleClass), layer.isIllustrative(properties::get)));
            }
        }));

        @SuppressWarnings("unchecked")
        List<String> actual = (List<String>) page.asyncScript("""
                const [cases, edgeCases, done] = [JSON.parse(arguments[0]), JSON.parse(arguments[1]), arguments[arguments.length - 1]];
                Promise.all([import('/js/styles.js'), fetch('/api/styles').then(response => response.json())])
                  .then(([styles, document]) => done(cases.map(({ layer, theme, properties }, number) => {
                    const layerStyle = layer === 'edge-cases' ? edgeCases : document.layers[layer];
                    const themeStyle = layerStyle.themes[theme];
                    const styleClass = styles.classify(themeStyle, properties);
                    const index = styleClass === themeStyle.noData ? 'noData' : String(themeStyle.classes.indexOf(styleClass));
                    return `case ${number}: class ${index}, illustrative ${styles.isIllustrative(layerStyle, properties)}`;
                  })));""", json.writeValueAsString(cases), json.writeValueAsString(layers.get("edge-cases")));

        assertThat(actual).as("the cases: %s", json.writeValueAsString(cases)).hasSizeGreaterThan(100)
                .containsExactlyElementsOf(expected);
    }

    @Test
    @Order(23)
    void zoneTextIsShownAsTextNeverRunAsMarkup() throws IOException {
        importZones(TestZones.hostileZone());

        page.open("?q=img&zone=" + TestZones.HOSTILE_CODE + "&map=15/" + TestZones.HOSTILE_LAT + "/" + TestZones.HOSTILE_LON
                + "&compare=" + TestZones.HOSTILE_CODE + ",kcn-tan-kieu");

        page.waitForCount(1);
        assertThat(page.resultNames()).containsExactly("CCN " + TestZones.HOSTILE_NAME);
        assertThat(page.waitForPanel(TestZones.HOSTILE_NAME)).isEqualTo(TestZones.HOSTILE_NAME);
        assertThat(page.text("#zone-panel")).contains("<b>bold</b> & \"quoted\"", "<script>alert(2)</script>");
        assertThat(page.text(".map-label__text--zone")).isEqualTo(TestZones.HOSTILE_NAME);
        page.find("#compare-open").click();
        assertThat(page.text("#compare-table thead")).contains(TestZones.HOSTILE_NAME);
        assertThat(page.all("img[src='x'], b, script:not([src])")).as("no element made from data").isEmpty();
        page.screenshot("12-hostile-name-as-text");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    @Test
    @Order(24)
    void makesNoRequestOutsideTheServerWithTheBaseMapOff() {
        driver.manage().logs().get(LogType.PERFORMANCE); // start from an empty log

        page.open("");
        page.search("thanh loc").waitForCount(2);
        page.find("#results .result").click();
        page.waitForPanel("Thạnh Lộc (giai đoạn 1)");
        page.open("?lang=en&theme=occupancy&map=16/9.98950/105.16460");
        page.until(d -> "shown".equals(page.find("#map-status").getDomAttribute("data-state")));

        List<String> requested = requestedUrls();
        assertThat(requested).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(page.baseUrl() + "/"));
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) page.script(
                "return performance.getEntriesByType('resource').map(entry => entry.name).filter(url => !url.startsWith('data:'))");
        assertThat(resources).allSatisfy(url -> assertThat(url).startsWith(page.baseUrl() + "/"));
        assertThat(page.text(".leaflet-control-attribution")).doesNotContain("OpenStreetMap");
        assertThat(page.find("#basemap").isEnabled()).isFalse();
    }

    @Test
    @Order(25)
    void drawsAThousandLotsAtHighZoom() throws IOException {
        int seeded = zones.findByCode(LOTS_ZONE).orElseThrow().figures().lots().count();
        importLots(TestZones.lotsFilling(LOTS_ZONE, zones.findByCode(LOTS_ZONE).orElseThrow().zone().boundary(), LOTS, seeded));

        page.open("?zone=" + LOTS_ZONE);

        page.until(d -> String.valueOf(LOTS).equals(page.find("#map-status").getDomAttribute("data-count")));
        page.until(d -> ((Number) page.script("return performance.getEntriesByName('kcn:lots-draw').length")).intValue() > 0);
        assertThat(page.text("#map-status")).isEqualTo("Đang hiển thị 1.000 lô đất");
        page.openLegend(); // folded while the zone's panel is open: the reader unfolds it
        page.until(d -> page.text("#legend-lots").contains("Còn trống"));
        assertThat((String) page.script("return document.querySelector('#legend-lots').innerText"))
                .contains("Còn trống", "Đã đặt chỗ", "Đã cho thuê");
        page.waitForPanel("Thạnh Lộc (giai đoạn 1)");
        page.until(d -> page.text("#zone-lots").contains("1.000"));
        page.screenshot("13-thousand-lots");

        // A lot's popup closes with a button named in the page's language, not Leaflet's "Close popup".
        WebElement lot = (WebElement) page.script("""
                return [...document.querySelectorAll('.leaflet-lots-pane path')].find(path => {
                  const box = path.getBoundingClientRect();
                  return path === document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                });""");
        lot.click();
        WebElement close = page.until(d -> page.find(".leaflet-popup-close-button"));
        assertThat(close.getDomAttribute("aria-label")).isEqualTo("Đóng ô thông tin");
        assertThat(page.text(".lot-popup")).startsWith("Lô ");

        System.out.printf("[web map] %s%n", lotTimings());
        System.out.printf("[web map] pan with %d lots: %s%n", LOTS, page.panFrameTimes());
    }

    // Helpers

    /** An element's box on the screen: left, top, right, bottom in CSS pixels. */
    @SuppressWarnings("unchecked")
    private Map<String, Double> boxOf(String css) {
        Map<String, Number> box = (Map<String, Number>) page.script("""
                const box = document.querySelector(arguments[0]).getBoundingClientRect();
                return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };""", css);
        return Map.of("left", box.get("left").doubleValue(), "top", box.get("top").doubleValue(),
                "right", box.get("right").doubleValue(), "bottom", box.get("bottom").doubleValue());
    }

    /** Whether a zone's list entry is wholly within the list's visible part. */
    private boolean entryInSight(String zone) {
        return (Boolean) page.script("""
                const list = document.querySelector('#results');
                const entry = list.querySelector(`li[data-zone="${arguments[0]}"]`);
                const box = entry.getBoundingClientRect(), frame = list.getBoundingClientRect();
                return box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;""", zone);
    }

    @SuppressWarnings("unchecked")
    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Number> p = (Map<String, Number>) a.get("box");
        Map<String, Number> q = (Map<String, Number>) b.get("box");
        return p.get("left").doubleValue() < q.get("right").doubleValue() && q.get("left").doubleValue() < p.get("right").doubleValue()
                && p.get("top").doubleValue() < q.get("bottom").doubleValue() && q.get("top").doubleValue() < p.get("bottom").doubleValue();
    }

    /** The names of H. Cao Lãnh and TP Cao Lãnh (where zones without a boundary stand) that a pin or cluster covers. */
    @SuppressWarnings("unchecked")
    private List<String> districtNamesUnderPins() {
        return (List<String>) page.script("""
                const pins = [...document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')]
                  .map(icon => icon.getBoundingClientRect());
                const over = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                const names = [...document.querySelectorAll('.map-label__text--district')]
                  .filter(label => ['H. Cao Lãnh', 'TP Cao Lãnh'].includes(label.textContent));
                if (names.some(label => label.getBoundingClientRect().width === 0 || label.closest('.map-label--crowded'))) {
                  return ['a name is hidden'];
                }
                return names.filter(label => pins.some(pin => over(pin, label.getBoundingClientRect())))
                  .map(label => label.textContent);""");
    }

    /** Presses Tab until an element matching the selector has the focus, as a keyboard user would. */
    private WebElement tabTo(String css) {
        for (int presses = 0; presses < 60; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if ((Boolean) page.script("return arguments[0].matches(arguments[1])", focused, css)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }

    /**
     * Property maps around every class of a theme: its category, its range's edges and inside, and then no
     * value, a missing property, wrong types and an unknown category; and the illustrative flag in its forms.
     */
    private static List<Map<String, Object>> propertyTable(Theme theme, LayerStyle layer) {
        String property = theme.property() == null ? "value" : theme.property();
        List<Object> values = new ArrayList<>(Arrays.asList(null, 1, 1.5, -1, true, "50", "not-a-class", ""));
        for (StyleClass styleClass : theme.classes()) {
            if (styleClass.value() != null) {
                values.add(styleClass.value());
            }
            if (styleClass.min() != null) {
                values.addAll(List.of(styleClass.min(), Math.nextDown(styleClass.min()), styleClass.min() + 0.5));
            }
            if (styleClass.max() != null) {
                values.addAll(List.of(styleClass.max(), Math.nextDown(styleClass.max())));
            }
        }
        List<Map<String, Object>> table = new ArrayList<>();
        table.add(new HashMap<>()); // the property missing
        String flag = layer.illustrative() == null ? "illustrative" : layer.illustrative().property();
        for (Object value : values) {
            table.add(properties(property, value));
        }
        for (Object value : Arrays.asList(true, false, "true", 1, null)) {
            table.add(properties(flag, value));
        }
        return table;
    }

    private static Map<String, Object> properties(String name, Object value) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(name, value); // null kept: a property with no value is not a missing one
        return properties;
    }

    /**
     * Themes the style file has no example of, where the two classifiers could part: a class with neither
     * category nor range (it holds anything), ranges open at one end, a "null" category, no noData.
     */
    private static LayerStyle edgeCaseLayer() {
        Localized label = new Localized("x", "x");
        StyleClass noData = new StyleClass(null, null, null, "#d9d9d9", true, label);
        Map<String, Theme> themes = Map.of(
                "catch-all", new Theme(label, "status", "categorical",
                        List.of(styleClass("a", null, null), styleClass(null, null, null)), noData),
                "open-ranges", new Theme(label, "pct", "graduated",
                        List.of(styleClass(null, 0.0, null), styleClass(null, null, 10.0), styleClass(null, 10.0, 20.0)), noData),
                "null-category", new Theme(label, "status", "categorical",
                        List.of(styleClass("a", null, null), styleClass("null", null, null)), null));
        return new LayerStyle("catch-all", themes, 0.5, new LayerStyle.Stroke("#333333", 1, null), null, null,
                new LayerStyle.Illustrative("demo", List.of(4f, 3f), label), null);
    }

    private static StyleClass styleClass(String value, Double min, Double max) {
        return new StyleClass(value, min, max, "#123456", null, new Localized("x", "x"));
    }

    /** Which of a theme's classes it is, by position, or "noData"; by identity, as the page compares. */
    private static String classIndex(Theme theme, StyleClass styleClass) {
        if (styleClass == theme.noData()) {
            return "noData";
        }
        for (int i = 0; i < theme.classes().size(); i++) {
            if (theme.classes().get(i) == styleClass) {
                return String.valueOf(i);
            }
        }
        throw new AssertionError("not a class of the theme: " + styleClass);
    }

    private static String verdict(int number, String classIndex, boolean illustrative) {
        return "case " + number + ": class " + classIndex + ", illustrative " + illustrative;
    }

    /** Ticks the compare box of the n-th entry; the list is drawn again with each tick. */
    private void compareEntry(int index) {
        int before = page.all("#compare-chips .chip").size();
        page.all("#results .result__compare input").get(index).click();
        page.until(d -> page.all("#compare-chips .chip").size() == before + 1);
    }

    private JsonNode styles() {
        return json.readTree(fetch("/api/styles"));
    }

    private static String colourOf(JsonNode theme, String value) {
        for (JsonNode styleClass : theme.path("classes")) {
            if (value.equals(styleClass.path("value").asString(""))) {
                return styleClass.path("color").asString();
            }
        }
        throw new AssertionError("no class " + value);
    }

    private static String colourBetween(JsonNode theme, double value) {
        for (JsonNode styleClass : theme.path("classes")) {
            if (styleClass.path("min").asDouble() <= value && value < styleClass.path("max").asDouble()) {
                return styleClass.path("color").asString();
            }
        }
        throw new AssertionError("no class holds " + value);
    }

    /** How the page's own formatting module writes an area in the page's current language. */
    private String formatHa(double value) {
        return (String) page.asyncScript("const done = arguments[arguments.length - 1];"
                + " import('/js/format.js').then(format => done(format.formatHa(arguments[0])));", value);
    }

    private boolean noHorizontalScroll() {
        return (Boolean) page.script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /**
     * The URLs the page asked the network for. A data: URL goes nowhere: the date field's calendar icon is one,
     * from Chromium's own style sheet.
     */
    private List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asString(""))) {
                urls.add(message.path("params").path("request").path("url").asString());
            }
        }
        return urls.stream().filter(url -> !url.startsWith("data:")).toList();
    }

    private void importZones(Map<String, Object> collection) {
        assertImported(importer.importGeoJson("zones", new ByteArrayInputStream(json.writeValueAsBytes(collection)),
                "test-zones.geojson", new ImportOptions(false, false, null, "test", false), ImportProgress.NONE));
    }

    private void importLots(Map<String, Object> collection) {
        assertImported(importer.importGeoJson("lots", new ByteArrayInputStream(json.writeValueAsBytes(collection)),
                "test-lots.geojson", new ImportOptions(false, false, null, "test", false), ImportProgress.NONE));
    }

    private static void assertImported(ImportReport report) {
        assertThat(report.errors()).as("import errors").isEmpty();
        assertThat(report.applied()).isTrue();
    }

    /** From asking for the lots to the frame that shows them, and the parts of it. */
    private String lotTimings() {
        return String.valueOf(page.script("""
                const draw = performance.getEntriesByName('kcn:lots-draw').at(-1);
                const request = performance.getEntriesByType('resource').filter(e => e.name.includes('/api/lots')).at(-1);
                const zones = performance.getEntriesByType('resource').filter(e => new URL(e.name).pathname === '/api/zones').at(-1);
                const paint = performance.getEntriesByName('first-contentful-paint')[0];
                return {
                  lotsRequestMs: Math.round(request.duration), lotsBytes: request.encodedBodySize,
                  lotsDrawMs: Math.round(draw.duration),
                  zonesRequestMs: Math.round(zones.duration), zonesBytes: zones.encodedBodySize,
                  firstContentfulPaintMs: Math.round(paint.startTime),
                };"""));
    }
}
