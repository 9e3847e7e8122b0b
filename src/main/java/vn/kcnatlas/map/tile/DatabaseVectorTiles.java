package vn.kcnatlas.map.tile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.kcnatlas.map.LayerFeatures;
import vn.kcnatlas.map.MapLayer;

/**
 * Vector tiles built by the store itself with {@code ST_AsMVT}, one query per tile, for the layers that
 * have a query in {@code db/mvt/<layer>.sql}. Each query is a second definition of what
 * {@link JavaVectorTiles} encodes from {@link LayerFeatures}: the same layer name, extent, buffer,
 * features, properties and order, held together by a test that decodes both tile by tile.
 */
@Component
class DatabaseVectorTiles {

    private final JdbcClient jdbc;
    private final Map<MapLayer, String> queries = new EnumMap<>(MapLayer.class);

    DatabaseVectorTiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
        for (MapLayer layer : MapLayer.values()) {
            String query = query(layer);
            if (query != null) {
                queries.put(layer, query);
            }
        }
    }

    /** Whether the store can build this layer's tiles. */
    boolean builds(MapLayer layer) {
        return queries.containsKey(layer);
    }

    /** The tile's bytes as the layer is now, or an empty array when no feature falls in it. */
    byte[] encode(MapLayer layer, TileId tile) {
        byte[] bytes = jdbc.sql(queries.get(layer))
                .param("z", tile.z()).param("x", tile.x()).param("y", tile.y())
                .param("maxLots", LayerFeatures.MAX_LOTS_PER_REQUEST)
                .query((rs, row) -> rs.getBytes(1)).single();
        return bytes == null ? new byte[0] : bytes;
    }

    /** The text of a layer's query, or null when the store does not build that layer. */
    static String query(MapLayer layer) {
        try (InputStream in = DatabaseVectorTiles.class.getResourceAsStream("/db/mvt/" + layer.id() + ".sql")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
