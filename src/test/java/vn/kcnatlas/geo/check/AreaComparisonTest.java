package vn.kcnatlas.geo.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaComparisonTest {

    @Test
    void exactlyTenPercentOffIsNoMismatch() {
        assertThat(AreaComparison.of(110, 100).mismatch()).isFalse();
        assertThat(AreaComparison.of(90, 100).mismatch()).isFalse();
    }

    @Test
    void moreThanTenPercentEitherWayIsAMismatch() {
        assertThat(AreaComparison.of(110.01, 100).mismatch()).isTrue();
        assertThat(AreaComparison.of(89.99, 100).mismatch()).isTrue();
    }

    @Test
    void differenceIsGeodesicMinusDeclared() {
        AreaComparison smaller = AreaComparison.of(80, 100);
        assertThat(smaller.differenceHa()).isEqualTo(-20);
        assertThat(smaller.differencePct()).isEqualTo(-20);
        assertThat(smaller.describe()).isEqualTo("the boundary measures 80.00 ha, 20.00 ha (20.0 %) less than the"
                + " declared 100.00 ha");
    }

    @Test
    void zeroDeclaredAreaHasNoPercentage() {
        AreaComparison comparison = AreaComparison.of(5, 0);
        assertThat(comparison.differencePct()).isNull();
        assertThat(comparison.mismatch()).isTrue();
        assertThat(comparison.describe()).isEqualTo("the boundary measures 5.00 ha, 5.00 ha more than the declared"
                + " 0.0000 ha (0 m²)");
    }
}
