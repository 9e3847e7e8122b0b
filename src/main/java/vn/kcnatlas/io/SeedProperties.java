package vn.kcnatlas.io;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed data lives and whether to load it into an empty store on start.
 *
 * @param location a Spring resource location ending in '/', holding the files of geodata/
 */
@ConfigurationProperties("kcn.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("classpath:geodata/") String location) {
}
