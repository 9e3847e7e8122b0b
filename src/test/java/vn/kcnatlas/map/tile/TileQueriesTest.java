package vn.kcnatlas.map.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.kcnatlas.district.UnitType;
import vn.kcnatlas.geo.Band;
import vn.kcnatlas.geo.Generalisation;

/**
 * The store's tile queries draw by the rule of {@link Generalisation}: they hold the text its SQL methods
 * write, so a change of the bands, the pin size, the tolerance or a unit type's abbreviation cannot reach one encoder and not the other.
 * VectorTilesEquivalencePostGisTest then holds what the queries draw to the Java encoder.
 */
class TileQueriesTest {

    @Test
    void zonesAreDrawnFromTheirZoomsBandOrAsTheirPoint() throws IOException {
        assertThat(query("zones"))
                .contains(Generalisation.bandSql("z", "tile.z", Band::zoneColumn))
                .contains(Generalisation.zoneShapeSql("banded.boundary", "tile.z"));
    }

    @Test
    void lotsAreDrawnFromTheirZoomsBand() throws IOException {
        assertThat(query("lots")).contains(Generalisation.bandSql("l", "tile.z", Band::lotColumn));
    }

    @Test
    void districtsAreSimplifiedToHalfAPixelOfTheZoom() throws IOException {
        assertThat(query("districts")).contains(Generalisation.toleranceSql("z") + " AS tolerance");
    }

    @Test
    void districtNamesCarryTheirUnitTypesAbbreviation() throws IOException {
        String abbreviation = UnitType.abbreviationSql("d.unit_type") + " || ' ' || d.name";
        assertThat(query("districts")).contains(abbreviation + " AS \"displayName\"");
        assertThat(query("zones")).contains(abbreviation + " AS district");
    }

    private static String query(String layer) throws IOException {
        try (InputStream in = TileQueriesTest.class.getResourceAsStream("/db/mvt/" + layer + ".sql")) {
            assertThat(in).as("db/mvt/%s.sql", layer).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
