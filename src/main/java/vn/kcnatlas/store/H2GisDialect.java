package vn.kcnatlas.store;

/** The embedded H2 database with the H2GIS functions: the zero-setup default store. */
record H2GisDialect() implements SpatialDialect {

    @Override
    public String name() {
        return "h2gis";
    }

    @Override
    public String versionQuery() {
        return "SELECT 'H2GIS ' || H2GISVERSION() || ' on H2 ' || H2VERSION()";
    }

    @Override
    public boolean buildsVectorTiles() {
        return false;
    }
}
