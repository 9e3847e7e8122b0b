package vn.kcnatlas.map.tile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kcnatlas.map.LayerFeatures;
import vn.kcnatlas.map.MapLayer;

/**
 * Vector tiles built by the store itself with {@code ST_AsMVT}, one query per tile, for the layers that
 * have a query in {@code db/mvt/<layer>.sql}. Each query is a second definition of what
 * {@link JavaVectorTiles} encodes from {@link LayerFeatures}: the same layer name, extent, buffer,
 * features, properties and order, held together by a test that decodes both tile by tile.
 *
 * <p>A tile is the hot path of an uncached map: the query runs as a plain prepared statement, its named
 * parameters turned into positional ones once, which the driver prepares on the server after a few uses.
 */
@Component
class DatabaseVectorTiles {

    /** A named parameter, {@code :z}, but not a cast, {@code ::int}. */
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([A-Za-z]+)");

    private final JdbcTemplate jdbc;
    private final Map<MapLayer, Query> queries = new EnumMap<>(MapLayer.class);

    DatabaseVectorTiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        for (MapLayer layer : MapLayer.values()) {
            String text = text(layer);
            if (text != null) {
                queries.put(layer, Query.of(text));
            }
        }
    }

    /** Whether the store can build this layer's tiles. */
    boolean builds(MapLayer layer) {
        return queries.containsKey(layer);
    }

    /** The tile's bytes as the layer is now, or an empty array when no feature falls in it. */
    byte[] encode(MapLayer layer, TileId tile) {
        Query query = queries.get(layer);
        byte[] bytes = jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(query.sql());
            for (int i = 0; i < query.parameters().size(); i++) {
                statement.setInt(i + 1, value(query.parameters().get(i), tile));
            }
            return statement;
        }, rs -> rs.next() ? rs.getBytes(1) : null);
        return bytes == null ? new byte[0] : bytes;
    }

    /** The value of a query's parameter for a tile. */
    private static int value(String parameter, TileId tile) {
        return switch (parameter) {
            case "z" -> tile.z();
            case "x" -> tile.x();
            case "y" -> tile.y();
            case "maxLots" -> LayerFeatures.MAX_LOTS_PER_REQUEST;
            default -> throw new IllegalStateException("A tile query has a parameter :" + parameter
                    + " that DatabaseVectorTiles does not know");
        };
    }

    /** A query with positional parameters and the names they had, in order. */
    private record Query(String sql, List<String> parameters) {

        static Query of(String text) {
            List<String> names = new ArrayList<>();
            Matcher matcher = PARAMETER.matcher(text);
            StringBuilder sql = new StringBuilder();
            while (matcher.find()) {
                names.add(matcher.group(1));
                matcher.appendReplacement(sql, "?");
            }
            matcher.appendTail(sql);
            // An unknown parameter stops the server at start rather than failing each tile.
            names.forEach(name -> value(name, new TileId(0, 0, 0)));
            return new Query(sql.toString(), List.copyOf(names));
        }
    }

    /** The text of a layer's query, or null when the store does not build that layer. */
    private static String text(MapLayer layer) {
        try (InputStream in = DatabaseVectorTiles.class.getResourceAsStream("/db/mvt/" + layer.id() + ".sql")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
