package vn.kcnatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class IfMatchTest {

    @Test
    void readsTheVersionOfTheServersWeakOrStrongTags() {
        assertThat(IfMatch.version("W/\"v3-1a2b3c-4d5\"", "zone", 3)).isEqualTo(3);
        assertThat(IfMatch.version(" \"v12-ff-10\" ", "zone", 12)).isEqualTo(12);
    }

    @Test
    void noIfMatchIs428AndATagOfAnotherKindIs412() {
        assertThatThrownBy(() -> IfMatch.version(null, "zone", 3)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> IfMatch.version(" ", "lot", 3)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
        for (String foreign : new String[] {"*", "\"abc\"", "W/\"3-abc\"", "v3-abc", "W/\"v-1-x\""}) {
            assertThatThrownBy(() -> IfMatch.version(foreign, "zone", 3)).as(foreign)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
                        assertThat(e.details()).containsEntry("currentVersion", 3);
                    });
        }
    }
}
