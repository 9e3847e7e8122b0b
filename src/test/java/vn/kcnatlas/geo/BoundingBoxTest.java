package vn.kcnatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

class BoundingBoxTest {

    @Test
    void parsesWestSouthEastNorth() {
        assertThat(BoundingBox.parse("105.1,10.2,105.9,10.8")).isEqualTo(new BoundingBox(105.1, 10.2, 105.9, 10.8));
    }

    @Test
    void parseIgnoresSpacesAroundValues() {
        assertThat(BoundingBox.parse(" 105 , 10 ,106, 11 ")).isEqualTo(new BoundingBox(105, 10, 106, 11));
    }

    @Test
    void parseAcceptsNegativeAndIntegerValues() {
        assertThat(BoundingBox.parse("-180,-90,180,90")).isEqualTo(new BoundingBox(-180, -90, 180, 90));
    }

    @Test
    void threeValuesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse("105,10,106"))
                .withMessage("bbox needs four numbers minLon,minLat,maxLon,maxLat; got 3 value(s)");
    }

    @Test
    void fiveValuesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse("105,10,106,11,12"))
                .withMessageContaining("got 5 value(s)");
    }

    @Test
    void emptyTextIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse(""))
                .withMessageStartingWith("bbox needs four numbers");
    }

    @Test
    void emptyValueIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse("105,,106,11"))
                .withMessage("bbox value 2 is not a number: ''");
    }

    @Test
    void nonNumberIsRefusedNamingItsPosition() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse("105,10,east,11"))
                .withMessage("bbox value 3 is not a number: 'east'");
    }

    @Test
    void decimalCommaCannotBeToldFromTheSeparator() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse("105,5,10,106,11"))
                .withMessageContaining("got 5 value(s)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN,10,106,11", "105,Infinity,106,11", "105,10,-Infinity,11", "105,10,106,NaN"})
    void nonFiniteValuesAreRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse(text))
                .withMessageEndingWith("is not a finite number");
    }

    @Test
    void nonFiniteValueIsNamedByPosition() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse("105,Infinity,106,11"))
                .withMessage("bbox value 2 is not a finite number");
    }

    @Test
    void invertedLongitudesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse("106,10,105,11"))
                .withMessageStartingWith("bbox is empty or inverted").withMessageContaining("106.0,10.0,105.0,11.0");
    }

    @Test
    void invertedLatitudesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse("105,11,106,10"))
                .withMessageStartingWith("bbox is empty or inverted");
    }

    @Test
    void zeroWidthOrHeightIsEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse("105,10,105,11"))
                .withMessageStartingWith("bbox is empty or inverted");
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse("105,10,106,10"))
                .withMessageStartingWith("bbox is empty or inverted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-181,10,106,11", "105,-91,106,11", "105,10,181,11", "105,10,106,91"})
    void outOfRangeIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> BoundingBox.parse(text))
                .withMessage("bbox is outside longitude -180..180 / latitude -90..90");
    }

    @Test
    void constructorAppliesTheSameChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundingBox(106, 10, 105, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundingBox(Double.NaN, 10, 105, 11));
    }

    @Test
    void envelopeHasTheBoxCorners() {
        Envelope envelope = new BoundingBox(105.1, 10.2, 105.9, 10.8).envelope();
        assertThat(envelope).isEqualTo(new Envelope(105.1, 105.9, 10.2, 10.8));
    }

    @Test
    void polygonCoversTheBoxInWgs84() {
        Polygon polygon = new BoundingBox(105, 10, 106, 11).polygon();
        assertThat(polygon.getSRID()).isEqualTo(Wgs84.SRID);
        assertThat(polygon.getEnvelopeInternal()).isEqualTo(new Envelope(105, 106, 10, 11));
        assertThat(polygon.getArea()).isEqualTo(1.0);
    }
}
