package vn.kcnatlas.zone;

import java.time.Instant;

import vn.kcnatlas.geo.Vn2000Tm3;
import vn.kcnatlas.survey.SurveyMarker;

/**
 * A boundary marker (mốc) stored with its zone: the marker as surveyed, the TM-3 zone its coordinates were
 * given in, and the zone version its survey made, when and by whom.
 *
 * @param marker its {@code row} is its place in the file's order, from 1
 * @param zoneVersion the version of the zone whose boundary the survey made; a later edit of the boundary
 *     leaves the markers where they were surveyed
 */
public record ZoneMarker(String zoneCode, SurveyMarker marker, Vn2000Tm3 crs, int zoneVersion, Instant appliedAt,
        String appliedBy) {

    /** The marker's place in the file's order, from 1. */
    public int seq() {
        return marker.row();
    }
}
