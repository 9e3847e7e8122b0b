package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WmsParametersTest {

    @Test
    void findsParametersWhateverTheCaseOfTheirNames() {
        WmsParameters params = WmsParameters.of(Map.of("bBox", new String[] {" 1,2,3,4 "}, "Styles", new String[] {""}));

        assertThat(params.get("BBOX")).contains("1,2,3,4");
        assertThat(params.get("STYLES")).isEmpty();
        assertThat(params.get("LAYERS")).isEmpty();
    }

    @Test
    void acceptsARepeatedParameterOnlyWhenItSaysTheSameThing() {
        assertThat(WmsParameters.of(Map.of("service", new String[] {"WMS"}, "SERVICE", new String[] {"wms"}))
                .get("SERVICE")).isPresent();

        assertThatThrownBy(() -> WmsParameters.of(Map.of("layers", new String[] {"zones", "lots"})))
                .isInstanceOfSatisfying(WmsException.class, e -> {
                    assertThat(e.code()).isEqualTo(ExceptionCode.InvalidParameterValue);
                    assertThat(e.locator()).isEqualTo("LAYERS");
                });
    }

    @Test
    void readsNumbersAndFlagsOrSaysWhatIsWrong() {
        WmsParameters params = WmsParameters.of(Map.of("WIDTH", new String[] {"256"}, "HEIGHT", new String[] {"2.5"},
                "TRANSPARENT", new String[] {"true"}, "LANGUAGE", new String[] {"EN"}));

        assertThat(params.integer("WIDTH", 1, 4096)).isEqualTo(256);
        assertThat(params.integer("FEATURE_COUNT", 1, 100, 1)).isEqualTo(1);
        assertThat(params.flag("TRANSPARENT", false)).isTrue();
        assertThat(params.flag("OPAQUE", false)).isFalse();
        assertThat(params.language()).isEqualTo("en");
        assertThatThrownBy(() -> params.integer("HEIGHT", 1, 4096)).hasMessageContaining("not '2.5'");
        assertThatThrownBy(() -> params.integer("WIDTH", 1, 100)).hasMessageContaining("from 1 to 100");
        assertThatThrownBy(() -> params.required("CRS")).isInstanceOfSatisfying(WmsException.class,
                e -> assertThat(e.code()).isEqualTo(ExceptionCode.MissingParameterValue));
    }
}
