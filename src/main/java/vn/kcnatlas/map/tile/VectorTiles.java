package vn.kcnatlas.map.tile;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.store.SpatialDialect;

/**
 * Mapbox vector tiles (MVT 2.1), and the one place that picks who builds them. A store that builds
 * vector tiles itself (PostGIS's {@code ST_AsMVT}, as its {@link SpatialDialect} says) builds the layers
 * it has a query for as they are now, in one query per tile; every other tile, those of a past day
 * ({@code asOf} on zones, told from the zones' history) and all tiles on H2GIS, is encoded in Java.
 */
@Component
public class VectorTiles {

    /** The tile grid and the buffer around it, in tile units, as MapLibre and Mapbox expect. */
    static final int EXTENT = 4096;
    static final int BUFFER = 64;

    private final SpatialDialect dialect;
    private final JavaVectorTiles java;
    private final DatabaseVectorTiles database;

    VectorTiles(SpatialDialect dialect, JavaVectorTiles java, DatabaseVectorTiles database) {
        this.dialect = dialect;
        this.java = java;
        this.database = database;
    }

    /**
     * The tile's bytes, or an empty array when no feature falls in it.
     *
     * @param asOf the day whose end a dated layer shows, or null for now
     * @throws IllegalArgumentException for a day on a layer drawn only as it is now
     */
    public byte[] encode(MapLayer layer, TileId tile, LocalDate asOf) {
        if (tile.z() < layer.minZoom()) {
            return new byte[0];
        }
        return asOf == null && dialect.buildsVectorTiles() && database.builds(layer) ? database.encode(layer, tile)
                : java.encode(layer, tile, asOf);
    }
}
