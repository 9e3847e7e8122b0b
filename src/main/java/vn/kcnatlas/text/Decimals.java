package vn.kcnatlas.text;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as people and clients write them in parameters and files: a plain decimal with a point and an
 * optional exponent ({@code 105.78}, {@code -3}, {@code 1e-3}). {@link Double#parseDouble} takes more,
 * hexadecimal ({@code 0x1p3}), type suffixes ({@code 1d}, {@code 2f}), {@code NaN} and {@code Infinity},
 * which no client means and which would let a box or a figure pass in a form no one checked.
 */
public final class Decimals {

    public static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** The words for what is not a finite number, which a refusal names as such. */
    public static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity|∞)");

    private Decimals() {
    }

    /** The finite number the text writes, or empty when it writes none (or one too large for a double). */
    public static OptionalDouble parse(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
