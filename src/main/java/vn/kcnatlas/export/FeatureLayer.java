package vn.kcnatlas.export;

import vn.kcnatlas.text.Coded;

/** The layers that export as features, named as the importer's kinds and the GeoPackage's tables. */
enum FeatureLayer implements Coded {
    ZONES, LOTS;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
