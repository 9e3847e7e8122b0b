package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The map stays readable with a zone open, at a laptop's 1280×800: the legend folds out of the zone's way, the
 * view keeps the zone beside the panel.
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
