package vn.kcnatlas.map.wms;

import java.awt.Color;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kcnatlas.map.render.ImageFormat;

/**
 * How GetMap encodes its image: FORMAT, TRANSPARENT and BGCOLOR.
 *
 * @param transparent whether the background is left transparent; never for a format without alpha
 */
record ImageOptions(ImageFormat format, boolean transparent, Color background) {

    /** 0xRRGGBB as the standard writes it, and #RRGGBB as some clients send it. */
    private static final Pattern COLOR = Pattern.compile("(?:0x|#)([0-9a-f]{6})", Pattern.CASE_INSENSITIVE);

    static ImageOptions parse(WmsParameters params) {
        String requested = params.required("FORMAT");
        // Parameters such as "image/png; mode=8bit" select encoder options, which this server chooses itself.
        ImageFormat format = ImageFormat.byMediaType(requested.split(";")[0]).orElseThrow(() -> new WmsException(
                ExceptionCode.InvalidFormat, "FORMAT", "The format '" + requested
                        + "' is not offered; use image/png or image/jpeg"));
        boolean transparent = params.flag("TRANSPARENT", false) && format.alpha();
        Color background = params.get("BGCOLOR").map(ImageOptions::color).orElse(Color.WHITE);
        return new ImageOptions(format, transparent, background);
    }

    private static Color color(String value) {
        Matcher m = COLOR.matcher(value);
        if (!m.matches()) {
            throw WmsException.invalid("BGCOLOR", "BGCOLOR must be a colour written 0xRRGGBB, not '" + value + "'");
        }
        return new Color(Integer.parseInt(m.group(1), 16));
    }

    /** A key that names these options exactly; the background does not matter when it stays transparent. */
    String key() {
        return format.mediaType() + ":" + (transparent ? "transparent"
                : String.format(Locale.ROOT, "%06x", background.getRGB() & 0xffffff));
    }
}
