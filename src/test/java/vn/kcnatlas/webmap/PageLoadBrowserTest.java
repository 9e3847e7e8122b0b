package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Both pages load with a clean console, with a base map on: this server's own district tiles stand in for
 * the external tile server, so Leaflet loads, and gives up, base-map tiles as it does in production.
 */
class PageLoadBrowserTest extends WebMapInBrowser {

    private static final String BASEMAP = "/tiles/districts/";

    @DynamicPropertySource
    static void basemapOfOurOwnTiles(DynamicPropertyRegistry registry) {
        registry.add("kcn.web.basemap-url", () -> BASEMAP + "{z}/{x}/{y}.png");
    }

    @Test
    void theMapLoadsWithNoConsoleErrorAndFetchesNoBaseMapTileOfTheCountrysView() {
        page.open("");
        page.until(driver -> !baseMapTilesFetched().isEmpty());
        // Zoom in and straight out: Leaflet drops the tiles still loading, pointing them at a data: image.
        int fetched = baseMapTilesFetched().size();
        page.find(".leaflet-control-zoom-in").click();
        page.find(".leaflet-control-zoom-out").click();
        page.until(driver -> baseMapTilesFetched().size() > fetched && page.all(".leaflet-zoom-anim").isEmpty());

        assertThat(consoleErrors()).as("console errors").isEmpty();
        assertThat(baseMapTilesFetched()).as("base-map tiles fetched").isNotEmpty()
                .noneMatch(path -> path.startsWith(BASEMAP + "6/"));
    }

    @Test
    void theDashboardLoadsWithNoConsoleError() {
        page.openDashboard("");

        assertThat(consoleErrors()).as("console errors").isEmpty();
        assertThat(page.find(".dashboard__section").isDisplayed()).as("the sections, shown once loaded").isTrue();
    }

    @SuppressWarnings("unchecked")
    private List<String> baseMapTilesFetched() {
        return (List<String>) page.script("""
                return performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
                    .filter((path) => path.startsWith(arguments[0]));""", BASEMAP);
    }
}
