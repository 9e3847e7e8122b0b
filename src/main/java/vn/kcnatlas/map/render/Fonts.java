package vn.kcnatlas.map.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The label font. DejaVu Sans has every Vietnamese glyph ("Thường Phước", "Xẻo Rô"); it ships inside
 * the application, because a server may have no fonts installed, and {@code new Font("DejaVu Sans")} on
 * such a server silently falls back to a font without them.
 */
public final class Fonts {

    private static final String DEJAVU_SANS = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final Font BASE = load();

    private Fonts() {
    }

    /** DejaVu Sans at a size in pixels. */
    public static Font labels(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    private static Font load() {
        try (InputStream in = Fonts.class.getResourceAsStream(DEJAVU_SANS)) {
            if (in == null) {
                throw new IllegalStateException("The label font " + DEJAVU_SANS + " is missing from the classpath");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            if (!font.getFamily(java.util.Locale.ROOT).equals("DejaVu Sans")) {
                throw new IllegalStateException("Loaded the wrong font: " + font.getFamily(java.util.Locale.ROOT));
            }
            return font;
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load the label font " + DEJAVU_SANS, e);
        }
    }
}
