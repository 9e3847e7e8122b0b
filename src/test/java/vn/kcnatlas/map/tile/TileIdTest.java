package vn.kcnatlas.map.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import vn.kcnatlas.map.MapCrs;

class TileIdTest {

    @Test
    void tanKieuLiesInTile12_3251_1927() {
        assertThat(TileId.containing(105.815, 10.515, 12)).isEqualTo(new TileId(12, 3251, 1927));
    }

    @Test
    void theWholeWorldIsTileZero() {
        Envelope box = new TileId(0, 0, 0).mercatorBox();
        assertThat(box.getMinX()).isCloseTo(-MapCrs.MERCATOR_HALF_WORLD, within(1e-6));
        assertThat(box.getMaxY()).isCloseTo(MapCrs.MERCATOR_HALF_WORLD, within(1e-6));
        Envelope wgs84 = MapCrs.EPSG_3857.toWgs84(box);
        assertThat(wgs84.getMinX()).isCloseTo(-180, within(1e-9));
        assertThat(wgs84.getMaxY()).isCloseTo(MapCrs.MAX_MERCATOR_LATITUDE, within(1e-9));
    }

    @Test
    void aTileContainsThePointItWasFoundFor() {
        for (int z = 0; z <= 20; z++) {
            TileId tile = TileId.containing(105.24, 10.84, z);
            Envelope wgs84 = MapCrs.EPSG_3857.toWgs84(tile.mercatorBox());
            assertThat(wgs84.contains(105.24, 10.84)).as("zoom " + z).isTrue();
        }
    }

    @Test
    void refusesTilesOutsideTheGrid() {
        assertThatThrownBy(() -> new TileId(2, 4, 0)).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new TileId(2, 0, -1)).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new TileId(25, 0, 0)).hasMessageContaining("zoom 25");
        assertThatThrownBy(() -> new TileId(-1, 0, 0)).hasMessageContaining("zoom -1");
    }
}
