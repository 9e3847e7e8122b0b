package vn.kcnatlas.map.style;

import java.util.List;
import java.util.Map;

import vn.kcnatlas.text.Localized;

/**
 * How one layer is drawn: its themes, fill opacity, outline and labels.
 *
 * @param noBoundaryMarker for zones without a boundary, how their marker looks; null for other layers
 * @param illustrative how features no source backs are set apart (hatched, dashed); null where a layer has none
 * @param point how the layer's point features are drawn, in their class's colour; null where a layer has
 *     none but the marker of a zone without a boundary
 */
public record LayerStyle(String defaultTheme, Map<String, Theme> themes, double fillOpacity, Stroke stroke,
        Label label, Marker noBoundaryMarker, Illustrative illustrative, PointSymbol point) {

    public LayerStyle {
        themes = Map.copyOf(themes);
    }

    /** An outline: colour, width in pixels at 1× and an optional dash pattern. */
    public record Stroke(String color, double width, List<Float> dash) {
    }

    /** Feature labels: which property, colours, size in pixels and the zoom from which they show. */
    public record Label(String property, String color, String halo, int size, int minZoom) {
    }

    /**
     * Features whose {@code property} is true are demonstration data: drawn hatched with a dashed outline,
     * and named so in the legend.
     */
    public record Illustrative(String property, List<Float> dash, Localized label) {
    }

    /** Whether a feature with these properties is illustrative. */
    public boolean isIllustrative(java.util.function.Function<String, Object> property) {
        return illustrative != null && Boolean.TRUE.equals(property.apply(illustrative.property()));
    }

    /** The outline of illustrative features: the layer's, dashed. */
    public Stroke illustrativeStroke() {
        return new Stroke(stroke.color(), stroke.width(), illustrative.dash());
    }

    /** A filled circle in a white ring, {@code radius} pixels at 1×. */
    public record PointSymbol(double radius) {
    }

    /** The marker for a feature placed by a point rather than drawn. */
    public record Marker(String color, Localized label) {
    }
}
