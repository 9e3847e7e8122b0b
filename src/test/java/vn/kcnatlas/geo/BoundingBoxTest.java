package vn.kcnatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

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
    void constructorRefusesWhatIsEmptyOrOutsideTheWorld() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundingBox(105, 10, 105, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundingBox(105, 11, 106, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundingBox(Double.NaN, 10, 105, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundingBox(181, 10, 105, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundingBox(180, 10, -180, 11));
    }

    @Test
    void aWestGreaterThanTheEastCrossesTheAntimeridianInTwoParts() {
        BoundingBox box = new BoundingBox(177, 65, -177, 70);
        assertThat(box.crossesAntimeridian()).isTrue();
        assertThat(box.parts()).containsExactly(new BoundingBox(177, 65, 180, 70), new BoundingBox(-180, 65, -177, 70));
        assertThat(new BoundingBox(105, 10, 106, 11).parts()).containsExactly(new BoundingBox(105, 10, 106, 11));
    }

    @Test
    void anEdgeOnTheAntimeridianIsNamedSoTheBoxDoesNotCrossIt() {
        assertThat(new BoundingBox(180, 10, -170, 11)).isEqualTo(new BoundingBox(-180, 10, -170, 11));
        assertThat(new BoundingBox(170, 10, -180, 11)).isEqualTo(new BoundingBox(170, 10, 180, 11));
    }

    @Test
    void meetsWhatEitherPartMeets() {
        BoundingBox box = new BoundingBox(177, 65, -177, 70);
        GeometryFactory factory = Wgs84.FACTORY;
        assertThat(box.meets(factory.createPoint(new Coordinate(178, 66)))).isTrue();
        assertThat(box.meets(factory.createPoint(new Coordinate(-178, 69)))).isTrue();
        assertThat(box.meets(factory.createPoint(new Coordinate(0, 67)))).isFalse();
        assertThat(box.meets(factory.createPoint(new Coordinate(178, 71)))).isFalse();
        assertThat(new BoundingBox(105, 10, 106, 11).meets(factory.createPoint(new Coordinate(105.5, 10.5)))).isTrue();
    }
}
