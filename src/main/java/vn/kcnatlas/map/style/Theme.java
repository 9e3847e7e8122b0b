package vn.kcnatlas.map.style;

import java.util.List;

import vn.kcnatlas.text.Localized;

/**
 * A way to colour a layer by one property: by category ({@code categorical}), by ranges
 * ({@code graduated}), as plain outlines ({@code outline}) or in one colour for all ({@code single}).
 *
 * @param noData how to draw features the classes do not cover, or null to use the first class
 */
public record Theme(Localized title, String property, String type, List<StyleClass> classes, StyleClass noData) {

    public Theme {
        classes = List.copyOf(classes);
    }

    /** The class a feature falls in, given the value of this theme's property. */
    public StyleClass classify(Object propertyValue) {
        if (property == null) {
            return classes.get(0);
        }
        return classes.stream().filter(c -> c.matches(propertyValue)).findFirst()
                .orElse(noData != null ? noData : classes.get(0));
    }
}
