package vn.kcnatlas.map;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.text.Localized;

/** The layers KCN Atlas serves as maps: the same four in WMS, tiles and OGC API Features. */
public enum MapLayer {
    ZONES("zones", MapDataChanged.ZONES, new Localized("Khu, cụm công nghiệp", "Industrial zones and clusters"), 0),
    LOTS("lots", MapDataChanged.LOTS, new Localized("Lô đất", "Lots"), 13),
    DISTRICTS("districts", MapDataChanged.DISTRICTS, new Localized("Ranh giới huyện", "Districts"), 0),
    /** Stored with their zones and written only by zone writes, so a zone change redraws them. */
    MARKERS("markers", MapDataChanged.ZONES, new Localized("Mốc ranh giới", "Boundary markers"), 14);

    private final String id;
    private final String data;
    private final Localized title;
    private final int minZoom;

    MapLayer(String id, String data, Localized title, int minZoom) {
        this.id = id;
        this.data = data;
        this.title = title;
        this.minZoom = minZoom;
    }

    /** The name clients use: zones, lots, districts, markers. */
    public String id() {
        return id;
    }

    public Localized title() {
        return title;
    }

    /**
     * The zoom from which the layer is drawn. Lots are small and may be many (a million is a design
     * case), so maps of a whole province leave them out rather than draw a million specks; markers are
     * a few metres apart and mean something only on a map of one zone.
     */
    public int minZoom() {
        return minZoom;
    }

    public static Optional<MapLayer> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equalsIgnoreCase(id)).findFirst();
    }

    /** The layers drawn from the data a change names ({@link MapDataChanged#layer()}). */
    public static Set<MapLayer> changedBy(MapDataChanged change) {
        return Arrays.stream(values()).filter(l -> l.data.equals(change.layer())).collect(Collectors.toSet());
    }

    /** The layers' ids, for messages: "zones, lots, districts, markers". */
    public static String ids() {
        return Arrays.stream(values()).map(MapLayer::id).collect(Collectors.joining(", "));
    }
}
