package vn.kcnatlas.geo.check;

import java.util.Locale;

/** Areas written for people: hectares with two decimals, small ones with their square metres. */
final class Hectares {

    private Hectares() {
    }

    static String format(double hectares) {
        if (Math.abs(hectares) >= 0.1) {
            return String.format(Locale.ROOT, "%,.2f ha", hectares);
        }
        return String.format(Locale.ROOT, "%.4f ha (%,.0f m²)", hectares, hectares * 10_000);
    }
}
