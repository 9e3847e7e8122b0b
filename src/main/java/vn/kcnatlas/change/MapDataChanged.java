package vn.kcnatlas.change;

import java.util.List;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * Published when features of a map layer change: by an edit, an import or the seed. It carries every
 * geometry the change touched, old and new, so that caches can drop exactly what they must and no more.
 *
 * @param layer {@link #ZONES}, {@link #LOTS} or {@link #DISTRICTS}
 * @param touched the old and new geometries of the changed features (features without one are left out)
 * @param relayed whether the change was made by another server instance and relayed to this one
 */
public record MapDataChanged(String layer, List<Geometry> touched, boolean relayed) {

    public static final String ZONES = "zones";
    public static final String LOTS = "lots";
    public static final String DISTRICTS = "districts";

    public MapDataChanged {
        touched = touched.stream().filter(Objects::nonNull).toList();
    }

    /** A change made by this instance. */
    public MapDataChanged(String layer, List<Geometry> touched) {
        this(layer, touched, false);
    }
}
