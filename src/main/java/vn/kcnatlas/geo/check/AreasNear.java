package vn.kcnatlas.geo.check;

import java.util.Collection;
import java.util.List;

import org.locationtech.jts.geom.Envelope;

/**
 * The areas a boundary must not overlap, as the caller finds them (a bounding-box query, a list it
 * holds): the rules never read a store themselves.
 */
@FunctionalInterface
public interface AreasNear {

    AreasNear NONE = box -> List.of();

    /** The areas whose boundary may meet the box; returning more is harmless, they are tested exactly. */
    List<NamedArea> near(Envelope box);

    /** Areas held in memory, filtered by the box. */
    static AreasNear of(Collection<NamedArea> areas) {
        return box -> areas.stream()
                .filter(a -> a.boundary() != null && a.boundary().getEnvelopeInternal().intersects(box))
                .toList();
    }
}
