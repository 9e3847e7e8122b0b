package vn.kcnatlas.store;

/** PostgreSQL with PostGIS: the production store. */
record PostGisDialect() implements SpatialDialect {

    @Override
    public String name() {
        return "postgis";
    }

    @Override
    public String versionQuery() {
        return "SELECT 'PostGIS ' || postgis_lib_version() || ' on ' || split_part(version(), ',', 1)";
    }

    @Override
    public boolean buildsVectorTiles() {
        return true;
    }
}
