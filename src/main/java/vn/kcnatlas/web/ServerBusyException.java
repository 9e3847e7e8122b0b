package vn.kcnatlas.web;

import java.time.Duration;

/** A request refused because the server is busy: answered 503 with Retry-After, never left to time out. */
public class ServerBusyException extends RuntimeException {

    private final Duration retryAfter;

    public ServerBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long a client should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The Retry-After header's value: whole seconds, at least one. */
    public String retryAfterSeconds() {
        return String.valueOf(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }
}
