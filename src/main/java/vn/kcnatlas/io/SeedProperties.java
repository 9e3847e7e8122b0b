package vn.kcnatlas.io;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed data lives and whether to load it into an empty store on start.
 *
 * @param location a Spring resource location ending in '/', holding the files of geodata/
 * @param demoLots whether to load, besides the facts, the illustrative lot layout that demonstrates the lot
 *     feature (the {@code demo} profile turns it on); its lots are marked illustrative wherever they show
 */
@ConfigurationProperties("kcn.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("classpath:geodata/") String location, @DefaultValue("false") boolean demoLots) {
}
