package vn.kcnatlas.webmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web map as the tests see it: what a reader would look at and do, and the waits for it. */
final class WebMapPage {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final String baseUrl;

    WebMapPage(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the page with a query string ("" or "?lang=en&…") and waits until its first zones are in. */
    WebMapPage open(String query) {
        driver.get(baseUrl + "/" + query);
        until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        return idle();
    }

    /** Opens the officials' dashboard with a query string and waits until its first figures are in. */
    WebMapPage openDashboard(String query) {
        driver.get(baseUrl + "/dashboard" + query);
        until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        return idle();
    }

    /** Waits until no request is out. */
    WebMapPage idle() {
        until(d -> !find("#loading").isDisplayed());
        return this;
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Sizes the window so that the page itself gets width × height CSS pixels. */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) script("return [window.innerWidth, window.innerHeight]");
        driver.manage().window().setSize(new Dimension(2 * width - inner.get(0).intValue(),
                2 * height - inner.get(1).intValue()));
    }

    // The list and the map

    /** The names in the result list, read in one script call, like {@link #legendLabels}. */
    @SuppressWarnings("unchecked")
    List<String> resultNames() {
        return (List<String>) script("""
                return [...document.querySelectorAll('#results .result__name')].map(e => e.innerText.trim());""");
    }

    int summaryCount() {
        return Integer.parseInt(find("#summary .summary__count").getDomAttribute("data-count"));
    }

    WebMapPage waitForCount(int count) {
        until(d -> summaryCount() == count && all("#results .results__item").size() == count);
        return this;
    }

    /** The zones drawn as shapes on the map, by code. */
    List<String> drawnZones() {
        return all("path[data-zone]").stream().map(e -> e.getDomAttribute("data-zone")).distinct().sorted().toList();
    }

    /** How many zones the pins stand for: single pins plus the counts on the clusters in view. */
    /**
     * How many zones have a pin, loose or counted in a cluster, once clustering has settled: while a
     * cluster animates, its pins and its count are both on the page for a moment.
     */
    void awaitPinnedZones(long expected) {
        new WebDriverWait(driver, PATIENCE)
                .withMessage(() -> "expected " + expected + " pinned zones, saw " + pinnedZonesNow())
                .until(d -> pinnedZonesNow() == expected);
    }

    private long pinnedZonesNow() {
        return ((Number) script("""
                return document.querySelectorAll('.zone-marker').length
                  + [...document.querySelectorAll('.zone-cluster__count')].reduce((n, e) => n + Number(e.dataset.count), 0);""")).longValue();
    }

    /**
     * Frame intervals while the map is dragged across, 360 px left and 150 px up in 30 steps as a reader's
     * mouse would: how many frames, the median, the 95th percentile and the worst, in ms.
     */
    @SuppressWarnings("unchecked")
    Map<String, Number> panFrameTimes() {
        script("""
                window.frameIntervals = [];
                window.stopFrames = false;
                let last = performance.now();
                const tick = (now) => { window.frameIntervals.push(now - last); last = now;
                  if (window.frameIntervals.length < 10000 && !window.stopFrames) requestAnimationFrame(tick); };
                requestAnimationFrame(tick);""");
        String viewBefore = query();
        Actions drag = new Actions(driver, Duration.ofMillis(100)).moveToElement(find("#map")).clickAndHold();
        for (int step = 0; step < 30; step++) {
            drag.moveByOffset(-12, -5);
        }
        drag.release().perform();
        until(d -> !query().equals(viewBefore));
        idle();
        return (Map<String, Number>) script("""
                window.stopFrames = true;
                const sorted = window.frameIntervals.slice(1).sort((a, b) => a - b);
                const at = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10;
                return { frames: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), worstMs: at(1) };""");
    }

    String fillOf(String zone) {
        return find("path[data-zone='" + zone + "']").getDomAttribute("fill");
    }

    /** The query string the page has written for its state. */
    String query() {
        return (String) script("return window.location.search");
    }

    // Controls

    WebMapPage search(String text) {
        WebElement box = find("#filters input[name=q]");
        box.clear();
        box.sendKeys(text);
        return this;
    }

    WebMapPage choose(String filter, String value) {
        new Select(find("#filters select[name=" + filter + "]")).selectByValue(value);
        return this;
    }

    WebMapPage theme(String theme) {
        new Select(find("#theme")).selectByValue(theme);
        return this;
    }

    String selectedTheme() {
        return new Select(find("#theme")).getFirstSelectedOption().getDomAttribute("value");
    }

    String selected(String filter) {
        return new Select(find("#filters select[name=" + filter + "]")).getFirstSelectedOption().getDomAttribute("value");
    }

    WebMapPage switchLanguage() {
        find("#language").click();
        return this;
    }

    String language() {
        return find("html").getDomAttribute("lang");
    }

    // The zone panel and the legend

    WebElement panel() {
        return find("#zone-panel");
    }

    /** Waits for the panel to show a zone, with its targets section settled (shown or failed). */
    String waitForPanel(String name) {
        until(d -> panel().isDisplayed() && name.equals(find("#zone-title").getText())
                && panel().getDomAttribute("aria-busy") == null);
        return find("#zone-title").getText();
    }

    /**
     * The rendered text of the first element a selector finds, read in one script call: between finding an
     * element and reading it the page may have drawn it anew (a legend, a list, a label).
     */
    String text(String selector) {
        Object text = script("const e = document.querySelector(arguments[0]); return e ? e.innerText : null;", selector);
        if (text == null) {
            throw new org.openqa.selenium.NoSuchElementException("nothing matches " + selector);
        }
        return ((String) text).strip();
    }

    /** Unfolds the legend, as a reader clicks its title, when it is folded (it is while a zone's panel is open). */
    void openLegend() {
        script("const legend = document.querySelector('.legend'); if (!legend.open) legend.querySelector('summary').click();");
    }

    /** The legend's title, read in one script call, like {@link #legendLabels}. */
    String legendTitle() {
        return (String) script("return document.querySelector('#legend-theme .legend__heading')?.innerText.trim() ?? ''");
    }

    /** The legend's labels, read in one script call: the legend may be redrawn between two WebDriver calls. */
    @SuppressWarnings("unchecked")
    List<String> legendLabels() {
        return (List<String>) script("""
                return [...document.querySelectorAll('#legend-theme .legend__item')].map(e => e.innerText.trim());""");
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
