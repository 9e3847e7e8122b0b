package vn.kcnatlas.zone;

import java.time.Instant;

/**
 * One version of a zone as its history keeps it: who made it, when, why, and the zone before and
 * after, each as the stored GeoJSON feature ({@link ZoneGeoJson#storedFeature}).
 *
 * @param beforeJson null for the version that created the zone
 */
public record HistoryEntry(int version, HistoryAction action, Instant at, String by, String comment,
        String beforeJson, String afterJson) {
}
