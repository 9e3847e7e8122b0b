package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.kcnatlas.map.render.RenderBudget;
import vn.kcnatlas.support.Http;

/**
 * When the server already draws as much as its memory allows, further maps wait and are then refused
 * with 503 and Retry-After, as a ServiceExceptionReport on /wms and a problem document on /tiles, and
 * are drawn again as soon as there is room.
 */
@TestPropertySource(properties = "kcn.render.max-wait=300ms")
class WmsBusyTest extends WmsServerTest {

    private static final String TILE = "/tiles/zones/12/3251/1927.png";

    @Autowired
    RenderBudget budget;

    @Test
    void refusesMapsAsBusyWhileTheBudgetIsTakenAndDrawsThemOnceItIsFree() {
        String map = getMap("zones", AROUND_TAN_KIEU, 4096, 4096);

        try (RenderBudget.Lease everything = budget.lease(65_536, 65_536)) {
            Http.Response response = wms(map);
            ServiceError error = error(response);
            assertThat(error.status()).isEqualTo(503);
            assertThat(error.code()).isEqualTo("NoApplicableCode");
            assertThat(error.message()).contains("waited 300 ms", "smaller image");
            assertThat(response.header("Retry-After")).isEqualTo("1");

            Http.Response tile = http().get(TILE);
            assertThat(tile.status()).isEqualTo(503);
            assertThat(tile.contentType()).isEqualTo("application/problem+json");
            assertThat(tile.json().path("detail").asString()).contains("waited 300 ms");
            assertThat(tile.header("Retry-After")).isEqualTo("1");
        }

        assertThat(png(wms(map)).getWidth()).isEqualTo(4096);
        assertThat(http().get(TILE).status()).isEqualTo(200);
    }
}
