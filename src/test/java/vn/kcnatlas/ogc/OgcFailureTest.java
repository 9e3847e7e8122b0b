package vn.kcnatlas.ogc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.map.MapLayer;

/** An unexpected failure is answered as an OGC exception naming a logged incident, and shows nothing more. */
class OgcFailureTest {

    @Test
    void anUnexpectedFailureIsAServerErrorWithAnIncidentAndNoDetail() throws Exception {
        FeatureSource broken = mock(FeatureSource.class);
        when(broken.layer()).thenReturn(MapLayer.LOTS);
        when(broken.queryables()).thenReturn(List.of());
        when(broken.page(any())).thenThrow(new IllegalStateException("connection to db.internal:5432 refused"));
        FeatureSources sources = new FeatureSources(List.of(broken));
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new OgcController(sources,
                new Collections(sources, new CollectionExtents(sources)), new Items(Clock.systemUTC()),
                new ApiDocument(sources), JsonMapper.builder().build())).build();

        mvc.perform(get("/ogc/collections/lots/items"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType("application/json"))
                .andExpect(jsonPath("$.code").value("ServerError"))
                .andExpect(jsonPath("$.description").value(Matchers.containsString("incident")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("db.internal"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
    }
}
