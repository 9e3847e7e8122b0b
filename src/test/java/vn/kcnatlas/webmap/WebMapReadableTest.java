package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map stays readable with a zone open, at a laptop's 1280×800: the legend folds out of the zone's way, the
 * view keeps the zone beside the panel; in English every label reads in English, abbreviations spelled out.
 */
class WebMapReadableTest extends WebMapInBrowser {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final String SA_DEC_A1 = "kcn-sa-dec-a1";

    @BeforeEach
    void laptop() {
        page.viewport(WIDTH, HEIGHT);
    }

    @Test
    void theLegendFoldsAndTheZoneStaysInSightBesideThePanel() {
        page.open("?zone=" + SA_DEC_A1);
        page.waitForPanel("Sa Đéc (khu A1)");
        awaitStillMap();

        Rect shape = rect("#map path[data-zone='" + SA_DEC_A1 + "']");
        Rect legend = rect(".legend-control");
        Rect panel = rect("#zone-panel");
        Rect map = rect("#map");
        assertThat(legendOpen()).as("the legend folds while a panel is open").isFalse();
        assertThat(shape.overlaps(legend)).as("shape %s under the legend %s", shape, legend).isFalse();
        assertThat(shape.overlaps(panel)).as("shape %s under the panel %s", shape, panel).isFalse();
        assertThat(map.contains(shape)).as("shape %s inside the map %s", shape, map).isTrue();
        page.screenshot("readable-01-zone-beside-panel");

        page.find("#zone-close").click();
        page.until(d -> !page.panel().isDisplayed());
        assertThat(legendOpen()).as("the legend opens again once the panel closes").isTrue();
    }

    @Test
    void inEnglishEveryVisibleLabelReadsInEnglish() throws IOException {
        page.open("?zone=" + SA_DEC_A1);
        page.waitForPanel("Sa Đéc (khu A1)");
        page.switchLanguage();
        page.until(d -> "en".equals(page.language()) && "Industrial zone".equalsIgnoreCase(page.text("#zone-kicker")));
        page.idle();
        page.screenshot("readable-02-english");

        List<String> texts = visibleTexts("#zone-panel", "#results", "#summary", ".list-options", ".legend-control", "#filters");
        List<String> names = zoneNames();
        List<String> vietnameseWords = vietnameseUiWords();
        List<String> unexplained = new ArrayList<>();
        for (String text : texts) {
            String words = names.stream().reduce(text, (rest, name) -> rest.replace(name, " "));
            if (ABBREVIATION.matcher(words).find() || vietnameseWords.stream().anyMatch(words::contains)) {
                unexplained.add(text);
            }
        }
        assertThat(unexplained).as("texts with a Vietnamese abbreviation or UI word").isEmpty();
        assertThat(texts).as("the place, spelled out").contains("Sa Đéc City, Đồng Tháp");
        assertThat(String.join("\n", texts)).contains("Industrial zone", "Cao Lãnh District", "Cao Lãnh City");

        page.find("#glossary-open").click();
        assertThat(page.text("#glossary-dialog")).contains("KCN (khu công nghiệp)", "Industrial zone",
                "CCN (cụm công nghiệp)", "Industrial cluster");
    }

    @Test
    void theListSortsByAreaWithTheUnknownLastAndSaidSo() {
        page.open("?lang=en");
        new Select(page.find("#sort")).selectByValue("area");

        page.until(d -> page.query().contains("sort=area"));
        List<String> order = page.all("#results li[data-zone]").stream().map(e -> e.getDomAttribute("data-zone")).toList();
        @SuppressWarnings("unchecked")
        Map<String, Number> areas = (Map<String, Number>) page.script("""
                return fetch('/api/zones').then((r) => r.json()).then((j) => Object.fromEntries(j.features
                  .filter((f) => typeof f.properties.areaHa === 'number').map((f) => [f.id, f.properties.areaHa])));""");
        List<Double> known = order.subList(0, areas.size()).stream().map(code -> areas.get(code).doubleValue()).toList();
        assertThat(known).as("largest first").isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(order.subList(areas.size(), order.size())).as("the unknown last").doesNotContainAnyElementsOf(areas.keySet());
        int unknown = order.size() - areas.size();
        assertThat(unknown).isPositive();
        assertThat(page.text("#results .results__divider")).isEqualTo(unknown + " zones with no area figure, listed last");
        page.open("?lang=en&sort=area");
        assertThat(new Select(page.find("#sort")).getFirstSelectedOption().getText()).isEqualTo("Area, largest first");
    }

    @Test
    void shapesAndPinsNameTheirZoneOnFocus() {
        page.open("?zone=" + SA_DEC_A1);
        page.waitForPanel("Sa Đéc (khu A1)");
        WebElement shape = page.find("#map path[data-zone='" + SA_DEC_A1 + "']");
        assertThat(shape.getDomAttribute("aria-label")).isEqualTo("Sa Đéc (khu A1)");
        assertThat(shape.getDomAttribute("role")).isEqualTo("button");
        page.script("arguments[0].focus()", shape);
        page.until(d -> page.all(".zone-tooltip").stream().anyMatch(tip -> tip.getText().equals("Sa Đéc (khu A1)")));

        page.open("?map=10/10.36000/104.52000"); // Thuận Yên, alone at Hà Tiên: its own pin below the label zoom
        page.until(d -> !page.all(".zone-marker[data-zone='kcn-thuan-yen']").isEmpty());
        page.script("arguments[0].focus()", page.find(".zone-marker[data-zone='kcn-thuan-yen']"));
        page.until(d -> page.all(".zone-tooltip").stream().anyMatch(tip -> tip.getText().equals("Thuận Yên")));
    }

    /** "H. ", "TP ", "TX ", "KCN ", "CCN " as words of their own. */
    private static final Pattern ABBREVIATION = Pattern.compile("(^|[^\\p{L}])(H\\.|TP|TX|KCN|CCN)(\\s|$)");
    private static final Pattern NON_ASCII_LETTER = Pattern.compile("[\\p{L}&&[^a-zA-Z]]");

    /** Every text node shown under these elements, and every option of their lists (which the reader opens). */
    @SuppressWarnings("unchecked")
    private List<String> visibleTexts(String... selectors) {
        return (List<String>) page.script("""
                const texts = [];
                for (const root of arguments[0].flatMap((s) => [...document.querySelectorAll(s)])) {
                  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const owner = node.parentElement;
                    const shown = owner.closest('option') ? true : owner.checkVisibility();
                    if (shown && node.textContent.trim()) texts.push(node.textContent.trim());
                  }
                }
                return texts;""", List.of(selectors));
    }

    /** The zones' names, longest first: data, which stay as the sources write them. */
    @SuppressWarnings("unchecked")
    private List<String> zoneNames() {
        List<String> names = (List<String>) page.script(
                "return fetch('/api/zones').then((r) => r.json()).then((j) => j.features.map((f) => f.properties.name))");
        return names.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** The UI's Vietnamese words: vi.json's texts with Vietnamese letters, cut at their placeholders. */
    private static List<String> vietnameseUiWords() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> english = strings(json.readTree(Path.of("web", "i18n", "en.json").toFile())).toList();
        return strings(json.readTree(Path.of("web", "i18n", "vi.json").toFile()))
                .flatMap(text -> Stream.of(text.split("\\{\\w+\\}")))
                .map(String::strip)
                .filter(fragment -> fragment.length() >= 4 && NON_ASCII_LETTER.matcher(fragment).find())
                .filter(fragment -> english.stream().noneMatch(text -> text.contains(fragment)))
                .distinct().toList();
    }

    private static Stream<String> strings(JsonNode node) {
        if (node.isString()) {
            return Stream.of(node.asString());
        }
        return node.valueStream().flatMap(WebMapReadableTest::strings);
    }

    private boolean legendOpen() {
        return Boolean.TRUE.equals(page.script("return document.querySelector('.legend').open"));
    }

    /** Waits until the map has stopped moving (the view in the address stays the same for a while). */
    private void awaitStillMap() {
        page.until(d -> {
            String before = page.query();
            page.script("return new Promise(r => setTimeout(r, 400))");
            return before.equals(page.query()) && page.all(".leaflet-zoom-anim").isEmpty();
        });
    }

    @SuppressWarnings("unchecked")
    private Rect rect(String selector) {
        Map<String, Number> box = (Map<String, Number>) page.script("""
                const b = document.querySelector(arguments[0]).getBoundingClientRect();
                return {left: b.left, top: b.top, right: b.right, bottom: b.bottom};""", selector);
        return new Rect(box.get("left").doubleValue(), box.get("top").doubleValue(), box.get("right").doubleValue(),
                box.get("bottom").doubleValue());
    }

    record Rect(double left, double top, double right, double bottom) {
        boolean overlaps(Rect other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        boolean contains(Rect other) {
            return left <= other.left && top <= other.top && other.right <= right && other.bottom <= bottom;
        }
    }
}
