package vn.kcnatlas.map.tile;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PATH = Pattern.compile("/tiles/([^/]+)/([^/]+)/([^/]+)/([^/]+)");
    private static final Pattern NAME = Pattern.compile("(\\d+)(@2x)?\\.(png|mvt)");

    /** Why a path that looks like a tile's is not a tile: the HTTP status, the parameter and the detail. */
    public record Refusal(int status, String parameter, String detail) {
    }

    /** What reading a tile path gave: an address, or a refusal. */
    public record Reading(TileAddress address, Refusal refusal) {
    }

    /** Whether a request path has the shape of a tile's (four segments under /tiles). */
    public static boolean looksLikeTile(String path) {
        return PATH.matcher(path).matches();
    }

    /**
     * @param path a request path of the shape {@link #looksLikeTile} accepts
     * @param asOf the day asked for, already read as a date no later than today; null for now
     */
    public static Reading read(String path, String style, LocalDate asOf) {
        Matcher segments = PATH.matcher(path);
        if (!segments.matches()) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        MapLayer layer = MapLayer.byId(segments.group(1)).orElse(null);
        if (layer == null) {
            return refused(404, "layer", "There is no layer '" + segments.group(1)
                    + "'; the layers are " + MapLayer.ids());
        }
        Matcher name = NAME.matcher(segments.group(4));
        if (!name.matches()) {
            return refused(400, "y", "a tile is named {y}.png, {y}@2x.png or {y}.mvt, not '" + segments.group(4) + "'");
        }
        TileId tile;
        try {
            tile = new TileId(Integer.parseInt(segments.group(2)), Integer.parseInt(segments.group(3)),
                    Integer.parseInt(name.group(1)));
        } catch (NumberFormatException e) {
            return refused(400, null, "tile coordinates are whole numbers from 0 to 2^zoom − 1, got "
                    + segments.group(2) + "/" + segments.group(3) + "/" + name.group(1));
        } catch (IllegalArgumentException e) {
            return refused(400, e.getMessage().startsWith("zoom") ? "z" : null, e.getMessage());
        }
        boolean vector = name.group(3).equals("mvt");
        boolean hiDpi = name.group(2) != null;
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
