package vn.kcnatlas.export;

import static vn.kcnatlas.export.PropertyColumn.Type.BOOLEAN;
import static vn.kcnatlas.export.PropertyColumn.Type.INTEGER;
import static vn.kcnatlas.export.PropertyColumn.Type.JSON;
import static vn.kcnatlas.export.PropertyColumn.Type.REAL;
import static vn.kcnatlas.export.PropertyColumn.Type.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.kcnatlas.text.Coded;
import vn.kcnatlas.zone.Readers;
import vn.kcnatlas.zone.ZoneUnitPlacement;

/**
 * The layers that export as features, named as the importer's kinds and the GeoPackage's tables, each with
 * the typed columns its flat files hold, in their order: the one list that writes a GeoPackage table or a
 * CSV sheet and that reads a CSV sheet back.
 */
public enum FeatureLayer implements Coded {

    ZONES(columns("code", TEXT, "name", TEXT, "nameInSource", TEXT, "kind", TEXT, "provinceCode", TEXT,
            "districtCode", TEXT, "commune", TEXT, "lifecycle", TEXT, "decisionNumber", TEXT, "decisionDate", TEXT,
            "boundaryQuality", TEXT, "areaHa", REAL, "leasableHa", REAL, "leasedHa", REAL, "clearanceStatus", TEXT,
            "clearedHa", REAL, "investmentStatus", TEXT, "developer", TEXT, "contact", TEXT, "contactId", TEXT,
            "rentMinUsdM2", REAL, "rentMaxUsdM2", REAL, "rentBasis", TEXT, "rentUntilYear", INTEGER, "source", TEXT, "sourceIds", JSON, "asOf", TEXT, Readers.NOTES, TEXT,
            Readers.CONTACT_INTERNAL, BOOLEAN, "version", INTEGER, "updatedAt", TEXT, "updatedBy", TEXT,
            "province", TEXT, "district", TEXT, ZoneUnitPlacement.PROPERTY, TEXT, "commune2025Name", TEXT,
            "province2025Code", TEXT, "province2025Name", TEXT, "unit2025Basis", TEXT, "hasBoundary", BOOLEAN,
            "availableHa", REAL, "occupancyPct", REAL, "occupancyBasis", TEXT, "occupancyAsOf", TEXT,
            "geometricAreaHa", REAL, "areaMismatch", BOOLEAN, "lotCount", INTEGER, "illustrativeLotCount", INTEGER,
            "lotsHa", REAL, "lotsLeasedHa", REAL, "lotsAvailableHa", REAL, "markerPoint", JSON,
            "figureSources", JSON, "editedAt", TEXT, "editedBy", TEXT)),

    LOTS(columns("zone", TEXT, "code", TEXT, "status", TEXT, "areaHa", REAL, "tenant", TEXT, "priceUsdM2", REAL,
            "source", TEXT, "illustrative", BOOLEAN, "version", INTEGER, "updatedAt", TEXT));

    /** The CSV sheet's geometry column, the boundary as WKT: the name GDAL's CSV driver reads as the geometry. */
    public static final String CSV_GEOMETRY = "WKT";

    private final List<PropertyColumn> columns;

    FeatureLayer(List<PropertyColumn> columns) {
        this.columns = columns;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every column the layer's features may fill, in file order. */
    public List<PropertyColumn> columns() {
        return columns;
    }

    public Optional<PropertyColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Pairs of name and type. */
    private static List<PropertyColumn> columns(Object... namesAndTypes) {
        List<PropertyColumn> columns = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.add(new PropertyColumn((String) namesAndTypes[i], (PropertyColumn.Type) namesAndTypes[i + 1]));
        }
        return List.copyOf(columns);
    }
}
