package vn.kcnatlas.change;

import java.time.Instant;

/**
 * Who made a change, when, and why, as the history records it.
 *
 * @param by the user's name; "seed" or the importer's actor for changes no person made through the API
 * @param comment the reason given, or null; taking a zone out of the plan requires one
 */
public record Edit(String by, Instant at, String comment) {

    public Edit {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
