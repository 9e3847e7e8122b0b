package vn.kcnatlas.map.style;

import java.awt.Color;

import vn.kcnatlas.text.Localized;

/**
 * One class of a theme: features whose property equals {@code value} (categorical themes) or lies in
 * [{@code min}, {@code max}) (graduated themes) are drawn in {@code color}.
 *
 * @param color a CSS hex colour, #rrggbb
 * @param hatch whether to hatch the fill, used for "no data"
 */
public record StyleClass(String value, Double min, Double max, String color, Boolean hatch, Localized label) {

    /** This class hatched, as illustrative features are drawn. */
    public StyleClass hatched() {
        return new StyleClass(value, min, max, color, true, label);
    }

    public Color awtColor() {
        return Color.decode(color);
    }

    boolean matches(Object propertyValue) {
        if (value != null) {
            return value.equals(String.valueOf(propertyValue));
        }
        if (min != null && max != null && propertyValue instanceof Number number) {
            double v = number.doubleValue();
            return v >= min && v < max;
        }
        return min == null && max == null && value == null;
    }
}
