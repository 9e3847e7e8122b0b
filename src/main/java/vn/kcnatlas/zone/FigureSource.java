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
 * @param asOf the date the figure describes; for a figure someone entered without saying which date it
 *     describes, the day it was entered
 * @param sourceIds the source documents (ids of /api/sources); empty for figures summed from lots, whose
 *     sources are the lots' own, and for figures someone entered without citing a document
 * @param enteredBy who entered a figure that cites no document, so that it still names where it comes from;
 *     null when documents are cited
 */
public record FigureSource(Basis basis, LocalDate asOf, List<String> sourceIds, String enteredBy) {

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
        String enteredBy = null;
        for (FigureSource input : inputs) {
            if (input.asOf() != null && (oldest == null || input.asOf().isBefore(oldest))) {
                oldest = input.asOf();
            }
            ids.addAll(input.sourceIds());
            enteredBy = enteredBy != null ? enteredBy : input.enteredBy();
        }
        return new FigureSource(Basis.DERIVED, oldest, new ArrayList<>(ids), enteredBy);
    }
}
