package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.request.WebRequest;

/** The dispatcher's answer to a failure nobody foresaw: a report, an incident id in the log, no trace. */
class WmsControllerTest {

    private final WmsOperation broken = new WmsOperation() {
        @Override
        public String name() {
            return "GetMap";
        }

        @Override
        public ResponseEntity<byte[]> handle(WmsParameters params, WebRequest request) {
            throw new IllegalStateException("the store is gone");
        }
    };

    @Test
    void answersAnUnexpectedFailureWithNoApplicableCodeAndNoStackTrace() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new WmsController(List.of(broken))).build();

        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/wms")
                .queryParam("SERVICE", "WMS").queryParam("REQUEST", "GetMap")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).isEqualTo("text/xml;charset=UTF-8");
        WmsSchemas.validate(WmsSchemas.EXCEPTIONS, response.getContentAsByteArray());
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("code=\"NoApplicableCode\"").contains("incident")
                .doesNotContain("the store is gone").doesNotContain("IllegalStateException").doesNotContain("\tat ");
    }
}
