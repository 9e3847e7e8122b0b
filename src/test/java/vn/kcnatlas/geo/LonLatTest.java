package vn.kcnatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LonLatTest {

    @Test
    void writesSixDecimalsWithoutTrailingZeros() {
        assertThat(new LonLat(105.1234567, -9.5)).hasToString("[105.123457, -9.5]");
    }

    @Test
    void writesHugeValuesInENotation() {
        assertThat(new LonLat(1e308, 10)).hasToString("[1E308, 10]");
    }

    @Test
    void isAGeoJsonPositionAsAList() {
        assertThat(new LonLat(105.5, 10.25).toList()).isEqualTo(List.of(105.5, 10.25));
    }
}
