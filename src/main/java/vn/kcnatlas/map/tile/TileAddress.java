package vn.kcnatlas.map.tile;

import java.time.LocalDate;

import vn.kcnatlas.map.MapLayer;

/**
 * A tile request read from its path, {@code /tiles/{layer}/{z}/{x}/{y}.png}, {@code …@2x.png} or
 * {@code …/{y}.mvt}, with the optional {@code style} of a PNG tile and the day a dated layer shows.
 *
 * @param pixelRatio 1 for 256-pixel PNG tiles, 2 for 512-pixel ones; 1 for vector tiles
 * @param style the theme of a PNG tile, or null for the layer's default
 * @param asOf the day whose end the tile shows, or null for now
 */
public record TileAddress(MapLayer layer, TileId tile, boolean vector, int pixelRatio, String style,
        LocalDate asOf) {

    // Read by hand, not by regular expressions: matching two of them was 7 % of the CPU of a tile served from
    // the cache (bench/notes-lean.md). TileAddressTest checks the reading against those expressions.
    private static final String PREFIX = "/tiles/";
    private static final int SEGMENTS = 4;
    private static final String HI_DPI = "@2x";

    /** Why a path that looks like a tile's is not a tile: the HTTP status, the parameter and the detail. */
    public record Refusal(int status, String parameter, String detail) {
    }

    /** What reading a tile path gave: an address, or a refusal. */
    public record Reading(TileAddress address, Refusal refusal) {
    }

    /** Whether a request path has the shape of a tile's (four segments under /tiles). */
    public static boolean looksLikeTile(String path) {
        return segments(path) != null;
    }

    /** The four segments after /tiles/ ({layer}, {z}, {x}, {y}.png), each one character or more; else null. */
    private static String[] segments(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String[] segments = new String[SEGMENTS];
        int start = PREFIX.length();
        for (int i = 0; i < SEGMENTS; i++) {
            int end = i < SEGMENTS - 1 ? path.indexOf('/', start) : path.length();
            if (end <= start) {
                return null;
            }
            segments[i] = path.substring(start, end);
            start = end + 1;
        }
        return segments[SEGMENTS - 1].indexOf('/') < 0 ? segments : null;
    }

    /** A tile's name read: its row (ASCII digits), whether it is @2x, whether it is .mvt. */
    private record Name(String row, boolean hiDpi, boolean vector) {

        /** {@code {y}.png}, {@code {y}@2x.png}, {@code {y}.mvt} and {@code {y}@2x.mvt} (refused later); else null. */
        static Name read(String name) {
            int digits = 0;
            while (digits < name.length() && name.charAt(digits) >= '0' && name.charAt(digits) <= '9') {
                digits++;
            }
            boolean hiDpi = name.startsWith(HI_DPI, digits);
            int dot = hiDpi ? digits + HI_DPI.length() : digits;
            String extension = name.substring(Math.min(dot, name.length()));
            boolean png = extension.equals(".png");
            if (digits == 0 || !png && !extension.equals(".mvt")) {
                return null;
            }
            return new Name(name.substring(0, digits), hiDpi, !png);
        }
    }

    /**
     * @param path a request path of the shape {@link #looksLikeTile} accepts
     * @param asOf the day asked for, already read as a date no later than today; null for now
     */
    public static Reading read(String path, String style, LocalDate asOf) {
        String[] segments = segments(path);
        if (segments == null) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        MapLayer layer = MapLayer.byId(segments[0]).orElse(null);
        if (layer == null) {
            return refused(404, "layer", "There is no layer '" + segments[0]
                    + "'; the layers are " + MapLayer.ids());
        }
        Name name = Name.read(segments[3]);
        if (name == null) {
            return refused(400, "y", "a tile is named {y}.png, {y}@2x.png or {y}.mvt, not '" + segments[3] + "'");
        }
        TileId tile;
        try {
            tile = new TileId(Integer.parseInt(segments[1]), Integer.parseInt(segments[2]),
                    Integer.parseInt(name.row()));
        } catch (NumberFormatException e) {
            return refused(400, null, "tile coordinates are whole numbers from 0 to 2^zoom − 1, got "
                    + segments[1] + "/" + segments[2] + "/" + name.row());
        } catch (IllegalArgumentException e) {
            return refused(400, e.getMessage().startsWith("zoom") ? "z" : null, e.getMessage());
        }
        boolean vector = name.vector();
        boolean hiDpi = name.hiDpi();
        if (vector && (hiDpi || style != null)) {
            return refused(400, hiDpi ? "y" : "style", "vector tiles have no @2x size and no style: clients style them");
        }
        if (asOf != null && !layer.dated()) {
            return refused(400, "asOf", "The " + layer.id() + " tiles are drawn only as they are now; only the "
                    + MapLayer.datedIds() + " tiles take asOf");
        }
        return new Reading(new TileAddress(layer, tile, vector, hiDpi ? 2 : 1, style, asOf), null);
    }

    private static Reading refused(int status, String parameter, String detail) {
        return new Reading(null, new Refusal(status, parameter, detail));
    }
}
