package vn.kcnatlas.map.render;

import java.time.Duration;

import vn.kcnatlas.web.ServerBusyException;

/** A map refused because the server is already drawing as much as its memory allows. */
public class RenderBusyException extends ServerBusyException {

    RenderBusyException(Duration waited) {
        super("The server is drawing as many maps as its memory allows, and this one waited "
                + (waited.toMillis() < 1000 ? waited.toMillis() + " ms" : waited.toSeconds() + " s")
                + " for room: try again shortly, or ask for a smaller image",
                Duration.ofSeconds(Math.max(1, Math.min(waited.toSeconds(), 10))));
    }
}
