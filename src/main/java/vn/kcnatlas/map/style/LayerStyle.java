package vn.kcnatlas.map.style;

import java.util.List;
import java.util.Map;

import vn.kcnatlas.text.Localized;

/**
 * How one layer is drawn: its themes, fill opacity, outline and labels.
 *
 * @param noBoundaryMarker for zones without a boundary, how their marker looks; null for other layers
 */
public record LayerStyle(String defaultTheme, Map<String, Theme> themes, double fillOpacity, Stroke stroke,
        Label label, Marker noBoundaryMarker) {

    public LayerStyle {
        themes = Map.copyOf(themes);
    }

    /** An outline: colour, width in pixels at 1× and an optional dash pattern. */
    public record Stroke(String color, double width, List<Float> dash) {
    }

    /** Feature labels: which property, colours, size in pixels and the zoom from which they show. */
    public record Label(String property, String color, String halo, int size, int minZoom) {
    }

    /** The marker for a feature placed by a point rather than drawn. */
    public record Marker(String color, Localized label) {
    }
}
