package vn.kcnatlas.map.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;

import org.junit.jupiter.api.Test;

/** The colour arithmetic the palette test relies on, against published figures. */
class ColourDifferenceTest {

    @Test
    void ciede2000MatchesSharmasTestData() {
        // Pairs 1 and 17 of Sharma, Wu and Dalal (2005), Table 1, given in CIELAB.
        assertThat(deltaE(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485})).isCloseTo(2.0425, within(1e-4));
        assertThat(deltaE(new double[] {50, 2.5, 0}, new double[] {73, 25, -18})).isCloseTo(27.1492, within(1e-4));
    }

    @Test
    void wcagContrastOfBlackOnWhiteIs21() {
        assertThat(ColourDifference.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21, within(1e-9));
        assertThat(ColourDifference.contrast(Color.decode("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01));
    }

    @Test
    void whiteStaysLabWhite() {
        assertThat(ColourDifference.lab(ColourDifference.linear(Color.WHITE))).containsExactly(
                new double[] {100, 0, 0}, within(0.01));
    }

    /** ΔE from CIELAB, through the same formula as from RGB. */
    private static double deltaE(double[] lab1, double[] lab2) {
        return ColourDifference.ciede2000Lab(lab1, lab2);
    }
}
