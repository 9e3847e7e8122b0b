package vn.kcnatlas.map.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The colours of geodata/styles.json stay apart where they carry meaning, for readers with normal colour
 * vision and with each of the three dichromacies: a lot drawn on a zone never melts into the zone's fill,
 * and outlines and labels stand out from the base map.
 */
class PaletteSafetyTest {

    /** CIEDE2000 difference below which two colours side by side read as one. */
    static final double MIN_DELTA_E = 20;
    /** WCAG 2.2 non-text contrast (1.4.11) for the outlines that carry meaning, and text contrast (1.4.3). */
    static final double MIN_OUTLINE_CONTRAST = 3;
    static final double MIN_TEXT_CONTRAST = 4.5;
    /** The base map's land colour (OpenStreetMap Carto's), the light ground every fill and outline sits on. */
    static final Color BASE_MAP = Color.decode("#f2efe9");

    static MapStyles.Document styles;

    @BeforeAll
    static void read() throws IOException {
        styles = JsonMapper.builder().build().readValue(Path.of("geodata", "styles.json").toFile(),
                MapStyles.Document.class);
    }

    @Test
    void everyLotStandsOutOnEveryZoneFillInEveryKindOfVision() {
        LayerStyle zones = styles.layers().get("zones");
        LayerStyle lots = styles.layers().get("lots");
        List<String> tooClose = new ArrayList<>();
        for (StyleClass zone : fills(zones)) {
            // What the reader sees: the zone's fill over the base map, the lot's over the zone's.
            Color zoneShown = over(zone.awtColor(), zones.fillOpacity(), BASE_MAP);
            for (StyleClass lot : fills(lots)) {
                Color lotShown = over(lot.awtColor(), lots.fillOpacity(), zoneShown);
                for (Vision vision : Vision.values()) {
                    double deltaE = ColourDifference.ciede2000(vision.sees(zoneShown), vision.sees(lotShown));
                    if (deltaE < MIN_DELTA_E) {
                        tooClose.add("%s lot %s on zone fill %s (%s): ΔE00 %.1f".formatted(vision, lot.color(),
                                zone.color(), zone.label().en(), deltaE));
                    }
                }
            }
        }
        assertThat(tooClose).isEmpty();
    }

    @Test
    void zonesAndLotsShareNoColour() {
        List<String> zoneColours = fills(styles.layers().get("zones")).stream().map(c -> c.color().toLowerCase()).toList();
        assertThat(fills(styles.layers().get("lots"))).extracting(c -> c.color().toLowerCase())
                .doesNotContainAnyElementsOf(zoneColours);
    }

    @Test
    void outlinesThatCarryMeaningStandOutFromTheBaseMap() {
        Map<String, String> outlines = Map.of(
                "zone outline", styles.layers().get("zones").stroke().color(),
                "lot outline", styles.layers().get("lots").stroke().color(),
                "district boundary", styles.layers().get("districts").stroke().color(),
                "no-boundary ring", styles.layers().get("zones").noBoundaryMarker().color(),
                "boundary marker", styles.layers().get("markers").themes().get("marker").classes().getFirst().color());
        outlines.forEach((what, colour) -> assertThat(ColourDifference.contrast(Color.decode(colour), BASE_MAP))
                .as("%s %s against the base map", what, colour).isGreaterThanOrEqualTo(MIN_OUTLINE_CONTRAST));
    }

    @Test
    void labelsReadAgainstTheirHalo() {
        styles.layers().forEach((name, layer) -> assertThat(ColourDifference.contrast(
                Color.decode(layer.label().color()), Color.decode(layer.label().halo())))
                .as("%s labels", name).isGreaterThanOrEqualTo(MIN_TEXT_CONTRAST));
    }

    /** Every fill a layer can draw: each theme's classes and its no-data class. */
    private static List<StyleClass> fills(LayerStyle layer) {
        return layer.themes().values().stream()
                .flatMap(theme -> Stream.concat(theme.classes().stream(), Stream.ofNullable(theme.noData())))
                .toList();
    }

    /** A colour painted with an opacity over another, as the renderer and the browser blend in sRGB. */
    private static Color over(Color top, double opacity, Color under) {
        return new Color(mix(top.getRed(), under.getRed(), opacity), mix(top.getGreen(), under.getGreen(), opacity),
                mix(top.getBlue(), under.getBlue(), opacity));
    }

    private static int mix(int top, int under, double opacity) {
        return (int) Math.round(top * opacity + under * (1 - opacity));
    }
}
