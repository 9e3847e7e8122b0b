package vn.kcnatlas.store;

/**
 * What differs between the spatial stores KCN Atlas runs on. Queries are otherwise plain SQL with the
 * OGC simple-features functions both stores share ({@code ST_GeomFromWKB}, {@code ST_AsBinary},
 * {@code ST_MakeEnvelope}, {@code &&}), so a repository writes them once and asks the dialect only for
 * the pieces below.
 */
public interface SpatialDialect {

    /** A short name for logs and health output: {@code postgis} or {@code h2gis}. */
    String name();

    /** A query returning one text row that describes the spatial engine and its version. */
    String versionQuery();

    /**
     * Whether the store builds Mapbox vector tiles itself ({@code ST_AsMVT}), so that a tile is one query
     * rather than rows encoded in Java.
     */
    boolean buildsVectorTiles();

    /** The dialect for a database, by the product name its JDBC driver reports. */
    static SpatialDialect forProduct(String databaseProductName) {
        return switch (databaseProductName) {
            case "PostgreSQL" -> new PostGisDialect();
            case "H2" -> new H2GisDialect();
            default -> throw new IllegalStateException("Unsupported database " + databaseProductName
                    + ": KCN Atlas runs on PostgreSQL/PostGIS or the embedded H2GIS");
        };
    }
}
