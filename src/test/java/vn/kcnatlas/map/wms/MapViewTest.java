package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import vn.kcnatlas.map.MapCrs;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.map.render.LayerRequest;
import vn.kcnatlas.map.tile.TileId;

class MapViewTest {

    @Test
    void readsEpsg4326BoxesLatitudeFirstAndTheOthersEastFirst() {
        assertThat(MapView.box("10.48,105.78,10.55,105.85", MapCrs.EPSG_4326))
                .isEqualTo(new Envelope(105.78, 105.85, 10.48, 10.55));
        assertThat(MapView.box("105.78, 10.48, 105.85, 10.55", MapCrs.CRS_84))
                .isEqualTo(new Envelope(105.78, 105.85, 10.48, 10.55));
        assertThat(MapView.box("11776000,1176000,11780000,1180000", MapCrs.EPSG_3857))
                .isEqualTo(new Envelope(11776000, 11780000, 1176000, 1180000));
        assertThat(MapView.box("105.78,10.48,105.85,10.55", MapCrs.EPSG_4326))
                .as("beyond 90°: drawn, empty outside the world (WMS 1.3.0 §7.3.3.6)")
                .isEqualTo(new Envelope(10.48, 10.55, 105.78, 105.85));
        assertThatThrownBy(() -> MapView.box("10.55,105.78,10.48,105.85", MapCrs.EPSG_4326))
                .hasMessageContaining("inverted");
    }

    @Test
    void measuresScaleAsTheStandardAndTheTileGridDo() {
        TileId tile = TileId.containing(105.815, 10.515, 13);
        MapView mercatorTile = view(MapCrs.EPSG_3857, tile.mercatorBox(), 256);
        // A degree is 1/360 of the equator, so a box as wide in degrees as the tile is in metres has its scale.
        Envelope degrees = MapCrs.EPSG_3857.toWgs84(tile.mercatorBox());
        MapView geographicTile = view(MapCrs.CRS_84, degrees, 256);

        assertThat(mercatorTile.scaleDenominator()).isCloseTo(Scale.ofZoom(13), within(1e-6));
        assertThat(geographicTile.scaleDenominator()).isCloseTo(Scale.ofZoom(13), within(1e-6));
        assertThat(Scale.ofZoom(13)).isCloseTo(68_247.35, within(0.01));
        assertThat(Scale.maxDenominator(MapLayer.LOTS)).hasValue(Scale.ofZoom(13));
        assertThat(Scale.maxDenominator(MapLayer.ZONES)).isEmpty();
    }

    @Test
    void placesPixelsAndMeasuresDistancesInPixels() {
        MapView view = view(MapCrs.CRS_84, new Envelope(105.0, 106.0, 10.0, 11.0), 100);

        Envelope near = view.nearPixel(0, 0, 0);
        assertThat(near.getMinX()).isCloseTo(105.005, within(1e-9));
        assertThat(near.getMaxY()).isCloseTo(10.995, within(1e-9));
        assertThat(view.pixelDistance(105.035, 10.995, 0, 0)).isCloseTo(3.0, within(1e-9));
    }

    private static MapView view(MapCrs crs, Envelope box, int size) {
        return new MapView(List.of(new LayerRequest(MapLayer.ZONES, "investment")), crs, box, size, size, null);
    }
}
