package vn.kcnatlas.map;

import java.util.Arrays;
import java.util.Optional;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.text.Localized;

/** The layers KCN Atlas serves as maps: the same three in WMS, tiles and OGC API Features. */
public enum MapLayer {
    ZONES(MapDataChanged.ZONES, new Localized("Khu, cụm công nghiệp", "Industrial zones and clusters"), 0),
    LOTS(MapDataChanged.LOTS, new Localized("Lô đất", "Lots"), 13),
    DISTRICTS(MapDataChanged.DISTRICTS, new Localized("Ranh giới huyện", "Districts"), 0);

    private final String id;
    private final Localized title;
    private final int minZoom;

    MapLayer(String id, Localized title, int minZoom) {
        this.id = id;
        this.title = title;
        this.minZoom = minZoom;
    }

    /** The name clients use: zones, lots, districts. */
    public String id() {
        return id;
    }

    public Localized title() {
        return title;
    }

    /**
     * The zoom from which the layer is drawn. Lots are small and may be many (a million is a design
     * case), so maps of a whole province leave them out rather than draw a million specks.
     */
    public int minZoom() {
        return minZoom;
    }

    public static Optional<MapLayer> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equalsIgnoreCase(id)).findFirst();
    }
}
