package vn.kcnatlas.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import vn.kcnatlas.geo.Vn2000Tm3;

/** From checked rows to the boundary: ring rules, each refusal naming its rows, and the WGS 84 result. */
class SurveyBoundaryTest {

    private static final String HEADER = "marker,x,y\n";
    /** A 1000.5 m × 1000.25 m square at Tân Kiều, closed by repeating its first marker. */
    private static final String SQUARE = HEADER
            + "M1,1163000,589000\n"
            + "M2,1163000,590000.5\n"
            + "M3,1164000.25,590000.5\n"
            + "M4,1164000.25,589000\n"
            + "M1,1163000,589000\n";

    @Test
    void theBoundaryRunsThroughTheMarkersInFileOrderAndClosesOnce() {
        MarkerSurvey survey = survey(Vn2000Tm3.EPSG_5897, SQUARE);

        assertThat(survey.markers()).extracting(SurveyMarker::id).containsExactly("M1", "M2", "M3", "M4");
        assertThat(survey.markers()).extracting(SurveyMarker::row).containsExactly(1, 2, 3, 4);
        Coordinate[] ring = survey.boundary().getExteriorRing().getCoordinates();
        assertThat(ring).hasSize(5);
        assertThat(ring[4]).isEqualTo(ring[0]);
        for (int i = 0; i < 4; i++) {
            assertThat(ring[i]).isEqualTo(survey.markers().get(i).wgs84().getCoordinate());
        }
        assertThat(survey.boundary().getSRID()).isEqualTo(4326);
    }

    /**
     * The corners from PROJ 9.1.1: {@code cs2cs -f %.9f +proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000
     * +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,
     * 0.252906278 +units=m +no_defs +type=crs +to EPSG:4326}, fed "easting northing".
     */
    @Test
    void theCornersAreWherePROJPutsThem() {
        double[][] latLon = {{10.515634537, 105.814912069}, {10.515610921, 105.824052205},
            {10.524653825, 105.824076206}, {10.524677461, 105.814935804}};

        MarkerSurvey survey = survey(Vn2000Tm3.EPSG_5897, SQUARE);

        for (int i = 0; i < latLon.length; i++) {
            Coordinate c = survey.markers().get(i).wgs84().getCoordinate();
            assertThat(Geodesic.WGS84.Inverse(c.y, c.x, latLon[i][0], latLon[i][1]).s12).isLessThan(0.05);
        }
    }

    @Test
    void reportsTheAreaOnTheEllipsoidAndInThePlane() {
        MarkerSurvey survey = survey(Vn2000Tm3.EPSG_5897, SQUARE);

        assertThat(survey.planeAreaHa()).isCloseTo(1000.5 * 1000.25 / 10_000, within(1e-9));
        // 89.5 km east of the central meridian TM-3's scale is 0.9999 × (1 + 89 500² / 2R²) = 0.9999984: there
        // the plane's areas are smaller than the ground's by that squared.
        assertThat(survey.geodesicAreaHa() / survey.planeAreaHa()).isCloseTo(1 / (0.9999984 * 0.9999984), within(1e-6));
    }

    @Test
    void aLastMarkerThatRepeatsTheFirstElsewhereIsADuplicate() {
        SurveyFileException e = refused(Vn2000Tm3.EPSG_5897, SQUARE.replaceFirst("(?s)M1,1163000,589000\n$",
                "M1,1163000,589000.5\n"));

        assertThat(e.problems()).containsExactly(SurveyProblem.at(5, 6, "marker", "marker 'M1' is also on row 1 (line 2)"));
    }

    @Test
    void everyRepeatedIdIsNamed() {
        SurveyFileException e = refused(Vn2000Tm3.EPSG_5897, HEADER
                + "Mốc 1,1163000,589000\nMốc 2,1163000,589100\nMốc 2,1163100,589100\nMốc 1,1163100,589000\n"
                + "Mốc 5,1163050,589000\n");

        assertThat(e.problems()).containsExactly(
                SurveyProblem.at(3, 4, "marker", "marker 'Mốc 2' is also on row 2 (line 3)"),
                SurveyProblem.at(4, 5, "marker", "marker 'Mốc 1' is also on row 1 (line 2)"));
    }

    @Test
    void twoMarkersOnOneSpotAreNamed() {
        SurveyFileException e = refused(Vn2000Tm3.EPSG_5897, HEADER
                + "M1,1163000,589000\nM2,1163000,589100\nM3,1163100,589100\nM4,1163000,589100\n");

        assertThat(e.problems()).containsExactly(SurveyProblem.at(4, 5, null,
                "marker 'M4' is at the same position as marker 'M2' on row 2 (line 3)"));
    }

    @Test
    void aBoundaryNeedsThreeMarkers() {
        SurveyFileException e = refused(Vn2000Tm3.EPSG_5897, HEADER
                + "M1,1163000,589000\nM2,1163000,589100\nM1,1163000,589000\n");

        assertThat(e.getMessage()).isEqualTo("A boundary needs at least 3 markers; the file has 2");
    }

    @Test
    void markersOnOneLineHaveNoArea() {
        SurveyFileException e = refused(Vn2000Tm3.EPSG_5897, HEADER
                + "M1,1163000,589000\nM2,1163000,589100\nM3,1163000,589300\n");

        assertThat(e.getMessage()).isEqualTo("All 3 markers lie on one line: the boundary has no area");
    }

    @Test
    void aCrossingNamesItsSegmentsAndWhereItIs() {
        SurveyFileException e = refused(Vn2000Tm3.EPSG_5897, HEADER
                + "M1,1163000,589000\nM2,1163100,589100\nM3,1163000,589100\nM4,1163100,589000\n");

        SurveyProblem problem = e.problems().getFirst();
        assertThat(problem.detail()).isEqualTo("the boundary crosses itself at x = 1163050.000, y = 589050.000:"
                + " segment M1 → M2 (rows 1–2) crosses segment M3 → M4 (rows 3–4)");
        assertThat(problem.row()).isEqualTo(1);
        assertThat(problem.line()).isEqualTo(2);
        // cs2cs as in theCornersAreWherePROJPutsThem, for 589050 1163050: 10.516085396 105.815370035
        assertThat(Geodesic.WGS84.Inverse(problem.position().y, problem.position().x, 10.516085396, 105.815370035).s12)
                .isLessThan(0.05);
    }

    @Test
    void aMarkerOnAnotherSegmentIsNamed() {
        SurveyFileException e = refused(Vn2000Tm3.EPSG_5897, HEADER
                + "M1,1163000,589000\nM2,1163000,589100\nM3,1163100,589100\nM4,1163000,589050\nM5,1163100,589000\n");

        assertThat(e.problems()).containsExactly(SurveyProblem.at(4, 5, null, "the boundary touches itself at marker"
                + " 'M4' (x = 1163000.000, y = 589050.000), which lies on segment M1 → M2 (rows 1–2)")
                .withPosition(e.problems().getFirst().position()));
    }

    /** cs2cs as in theCornersAreWherePROJPutsThem, for 500000 655000: 5.922988674 105.001767713. */
    @Test
    void aMarkerThatLandsOutsideVietnamIsNamed() {
        SurveyFileException e = refused(Vn2000Tm3.EPSG_5897, HEADER
                + "M1,1163000,589000\nM2,655000,500000\nM3,1163100,589100\n");

        SurveyProblem problem = e.problems().getFirst();
        assertThat(e.problems()).hasSize(1);
        assertThat(problem.describe()).isEqualTo("Row 2 (line 3): in EPSG:5897 the marker is at 105.001768°E 5.922989°N,"
                + " outside Vietnam: are the coordinates in another zone or CRS?");
        assertThat(problem.position().x).isCloseTo(105.001767713, within(1e-8));
    }

    private static MarkerSurvey survey(Vn2000Tm3 zone, String csv) {
        try {
            return MarkerSurveyor.survey(zone, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SurveyFileException refused(Vn2000Tm3 zone, String csv) {
        return catchThrowableOfType(SurveyFileException.class, () -> survey(zone, csv));
    }
}
