package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.map.style.LayerStyle;
import vn.kcnatlas.map.style.MapStyles;
import vn.kcnatlas.map.style.StyleClass;
import vn.kcnatlas.map.style.Theme;

class WmsLegendTest extends WmsServerTest {

    private static final String LEGEND = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png";

    @Autowired
    MapStyles styles;

    @Test
    void showsASwatchInTheMapsColourForEveryClassOfEveryStyle() {
        for (String layer : new String[] {"zones", "lots"}) {
            LayerStyle style = styles.layer(layer).orElseThrow();
            for (var theme : style.themes().entrySet()) {
                BufferedImage legend = png(wms(LEGEND + "&LAYER=" + layer + "&STYLE=" + theme.getKey()));
                Set<Integer> colours = colours(legend);
                for (StyleClass styleClass : theme.getValue().classes()) {
                    assertThat(colours).as(layer + "/" + theme.getKey() + ": " + styleClass.label().vi())
                            .contains(blend(styleClass.awtColor(), style.fillOpacity()));
                }
            }
        }
    }

    @Test
    void hatchesTheNoDataSwatchAndShowsTheMarkerOfZonesWithoutBoundary() {
        LayerStyle zones = styles.layer("zones").orElseThrow();
        Theme occupancy = zones.themes().get("occupancy");
        Set<Integer> colours = colours(png(wms(LEGEND + "&LAYER=zones&STYLE=occupancy")));

        assertThat(colours).contains(blend(occupancy.noData().awtColor(), zones.fillOpacity()));
        assertThat(colours).as("hatching, darker than the no-data grey").anyMatch(rgb -> {
            Color c = new Color(rgb);
            return c.getRed() == c.getGreen() && c.getGreen() == c.getBlue() && c.getRed() < 120 && c.getRed() > 40;
        });
        assertThat(colours).contains(Color.decode(zones.noBoundaryMarker().color()).getRGB() & 0xffffff);
    }

    @Test
    void usesTheDefaultStyleAndVietnameseUnlessToldOtherwise() {
        BufferedImage byDefault = png(wms(LEGEND + "&LAYER=zones"));
        BufferedImage investment = png(wms(LEGEND + "&LAYER=zones&STYLE=investment&LANGUAGE=vi"));
        BufferedImage english = png(wms(LEGEND + "&LAYER=zones&STYLE=investment&LANGUAGE=en"));

        assertThat(pixels(byDefault)).isEqualTo(pixels(investment));
        assertThat(english.getWidth()).as("English labels are longer").isGreaterThan(investment.getWidth());
    }

    @Test
    void drawsSwatchesAtTheAskedSize() {
        BufferedImage small = png(wms(LEGEND + "&LAYER=lots"));
        BufferedImage large = png(wms(LEGEND + "&LAYER=lots&WIDTH=40&HEIGHT=30"));

        // Three lot statuses and the illustrative-lots row.
        assertThat(large.getHeight() - small.getHeight()).isEqualTo(4 * (30 - 20));
        assertThat(large.getWidth()).isGreaterThan(small.getWidth());
    }

    @Test
    void namesIllustrativeLotsInTheLegend() {
        JsonNode legend = wms(LEGEND.replace("image/png", "application/json") + "&LAYER=lots").json();
        assertThat(legend.path("illustrative").path("label").asString())
                .isEqualTo("Lô đất minh họa, không phải số liệu thật");
        assertThat(legend.path("illustrative").path("hatch").asBoolean()).isTrue();
        JsonNode english = wms(LEGEND.replace("image/png", "application/json") + "&LAYER=lots&LANGUAGE=en").json();
        assertThat(english.path("illustrative").path("label").asString()).isEqualTo("Illustrative lots, not real data");
    }

    @Test
    void describesTheLegendAsJsonToo() {
        JsonNode legend = wms(LEGEND.replace("image/png", "application/json") + "&LAYER=zones&STYLE=occupancy"
                + "&LANGUAGE=en").json();

        assertThat(legend.path("title").asString()).isEqualTo("Occupancy");
        assertThat(legend.path("property").asString()).isEqualTo("occupancyPct");
        assertThat(legend.path("classes").size()).isEqualTo(5);
        assertThat(legend.path("classes").get(0).path("color").asString()).isEqualTo("#fee5d9");
        assertThat(legend.path("classes").get(0).path("max").asDouble()).isEqualTo(25.0);
        assertThat(legend.path("noData").path("hatch").asBoolean()).isTrue();
        assertThat(legend.path("noBoundaryMarker").path("label").asString()).isEqualTo("No boundary yet");
    }

    @Test
    void refusesWhatItCannotDraw() {
        assertRefused("SERVICE=WMS&REQUEST=GetLegendGraphic&FORMAT=image/png", "MissingParameterValue", "LAYER");
        assertRefused(LEGEND + "&LAYER=roads", "LayerNotDefined", "LAYER");
        assertRefused(LEGEND + "&LAYER=zones&STYLE=status", "StyleNotDefined", "STYLE");
        assertRefused(LEGEND.replace("image/png", "image/gif") + "&LAYER=zones", "InvalidFormat", "FORMAT");
        assertRefused(LEGEND + "&LAYER=zones&WIDTH=0", "InvalidParameterValue", "WIDTH");
        assertRefused(LEGEND + "&LAYER=zones&LANGUAGE=fr", "InvalidParameterValue", "LANGUAGE");
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int rgb : pixels(image)) {
            colours.add(rgb & 0xffffff);
        }
        return colours;
    }
}
