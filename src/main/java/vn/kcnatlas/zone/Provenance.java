package vn.kcnatlas.zone;

import java.time.LocalDate;
import java.util.List;

/** Where a zone's facts come from and the date they describe. */
public record Provenance(String source, List<String> sourceIds, LocalDate asOf) {

    public Provenance {
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
    }

    public static final Provenance NONE = new Provenance(null, List.of(), null);
}
