package vn.kcnatlas.map;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.text.Localized;

/** The layers KCN Atlas serves as maps: the same four in WMS, tiles and OGC API Features. */
public enum MapLayer {
    ZONES("zones", MapDataChanged.ZONES, new Localized("Khu, cụm công nghiệp", "Industrial zones and clusters"), 0,
            true),
    LOTS("lots", MapDataChanged.LOTS, new Localized("Lô đất", "Lots"), 13, false),
    DISTRICTS("districts", MapDataChanged.DISTRICTS, new Localized("Ranh giới huyện", "Districts"), 0, false),
    /** Stored with their zones and written only by zone writes, so a zone change redraws them. */
    MARKERS("markers", MapDataChanged.ZONES, new Localized("Mốc ranh giới", "Boundary markers"), 14, false);

    /**
     * The first day a dated layer is offered for. The seed's and the imports' facts count from the start,
     * so an earlier day would show the same as this one; clients that build a time slider from an
     * advertised extent (WMS capabilities, an OGC API collection) need a first day.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    /** values() once: it copies the array on every call. */
    private static final MapLayer[] ALL = values();

    private final String id;
    private final String data;
    private final Localized title;
    private final int minZoom;
    private final boolean dated;

    MapLayer(String id, String data, Localized title, int minZoom, boolean dated) {
        this.id = id;
        this.data = data;
        this.title = title;
        this.minZoom = minZoom;
        this.dated = dated;
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

    /**
     * Whether the layer can be drawn as it stood at the end of a past day. Zones can, from their history.
     * Lots cannot: their history holds every version, but finding the lots of a box on a past day would
     * read the history of every lot, and a million lots is a design case. Districts and boundary markers
     * are drawn as they are now.
     */
    public boolean dated() {
        return dated;
    }

    /**
     * @param asOf a day to draw the layer as of, or null for now
     * @throws IllegalArgumentException for a day on a layer drawn only as it is now
     */
    public void checkDay(LocalDate asOf) {
        if (asOf != null && !dated) {
            throw new IllegalArgumentException("layer " + id + " is drawn only as it is now; only " + datedIds()
                    + " can be drawn as of a past day");
        }
    }

    /** The layers that can be drawn as of a past day, for messages: "zones". */
    public static String datedIds() {
        return Arrays.stream(values()).filter(MapLayer::dated).map(MapLayer::id).collect(Collectors.joining(", "));
    }

    public static Optional<MapLayer> byId(String id) {
        // A loop, not a stream: every tile request looks its layer up.
        for (MapLayer layer : ALL) {
            if (layer.id.equalsIgnoreCase(id)) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
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
