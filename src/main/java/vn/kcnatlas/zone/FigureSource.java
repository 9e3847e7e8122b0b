package vn.kcnatlas.zone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import vn.kcnatlas.text.Coded;

/**
 * What one of a zone's figures stands on: how it was obtained, the date it describes and the documents
 * behind it, so that every figure a reader sees can say "as of 31/12/2022, according to …".
 *
 * @param asOf the date the figure describes (not when it was typed in)
 * @param sourceIds the source documents (ids of /api/sources); empty for figures summed from lots, whose
 *     sources are the lots' own
 */
public record FigureSource(Basis basis, LocalDate asOf, List<String> sourceIds) {

    /** How a figure was obtained. */
    public enum Basis implements Coded {
        /** As the zone's sources state it. */
        DECLARED,
        /** As a periodic report states it. */
        REPORTED,
        /** Summed from the zone's surveyed lots (never from illustrative ones). */
        LOTS,
        /** Computed from other figures, e.g. available = leasable − leased. */
        DERIVED,
        /** Measured on the zone's boundary. */
        MEASURED;

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public FigureSource {
        sourceIds = List.copyOf(sourceIds);
    }

    /**
     * A figure computed from others: it describes no later a date than the oldest of them, and cites all
     * their documents.
     */
    static FigureSource derivedFrom(FigureSource... inputs) {
        LocalDate oldest = null;
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (FigureSource input : inputs) {
            if (input.asOf() != null && (oldest == null || input.asOf().isBefore(oldest))) {
                oldest = input.asOf();
            }
            ids.addAll(input.sourceIds());
        }
        return new FigureSource(Basis.DERIVED, oldest, new ArrayList<>(ids));
    }
}
