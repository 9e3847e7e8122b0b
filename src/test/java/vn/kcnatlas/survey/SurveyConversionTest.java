package vn.kcnatlas.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

import vn.kcnatlas.geo.Vn2000Tm3;

/**
 * VN-2000 TM-3 ⇄ WGS 84 against PROJ 9.1.1 (Debian's proj-bin), within 0.05 m both ways.
 *
 * <p>The control values come from the explicit PROJ definition of each zone, the string
 * {@code projinfo -o PROJ EPSG:5897} (and {@code EPSG:9207}) prints, which carries Decision 05/2007's
 * parameters (EPSG:6960):
 *
 * <pre>
 * cs2cs -f %.9f +proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 \
 *   +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 \
 *   +units=m +no_defs +type=crs +to EPSG:4326
 * </pre>
 *
 * (and {@code +lon_0=104.5} for EPSG:9207), fed "easting northing" lines — the axis order of both EPSG
 * definitions is E, N — and printing "latitude longitude", EPSG:4326's order. Not {@code cs2cs EPSG:5897
 * EPSG:4326}: inside the Mekong delta blocks DBSCL 02 and 03 (9.35–11.04°N, 104.24–107.11°E), which cover
 * Đồng Tháp and most of Kiên Giang, PROJ then picks EPSG:5194, another VN-2000 → WGS 84 transformation, and
 * lands about 0.8 m away from the decision's result.
 */
class SurveyConversionTest {

    private static final double TOLERANCE_METRES = 0.05;

    /** The zone, northing (x), easting (y), and PROJ's latitude, longitude. */
    static Stream<Arguments> controlPoints() {
        Vn2000Tm3 dongThap = Vn2000Tm3.EPSG_5897;
        Vn2000Tm3 kienGiang = Vn2000Tm3.EPSG_9207;
        return Stream.of(
                Arguments.of(dongThap, 1163000.0, 589000.0, 10.515634537, 105.814912069), // Tân Kiều, 0.8° east
                Arguments.of(dongThap, 1140000.0, 500000.0, 10.308723624, 105.001787442), // on the central meridian
                Arguments.of(dongThap, 1105432.1, 412345.678, 9.995212407, 104.202262254), // 0.8° west
                Arguments.of(dongThap, 1195000.0, 660000.0, 10.802538342, 106.464851885), // 1.46° east
                Arguments.of(dongThap, 1050000.0, 336000.0, 9.491770175, 103.508241733), // 1.49° west
                Arguments.of(dongThap, 2325000.0, 591000.0, 21.016231342, 105.877294043), // Hà Nội, also on 105°00′
                Arguments.of(kienGiang, 1107000.0, 562000.0, 10.009863387, 105.067342638), // Rạch Giá
                Arguments.of(kienGiang, 1014000.0, 550000.0, 9.169144759, 104.956756066), // Cà Mau
                Arguments.of(kienGiang, 1130000.0, 438000.0, 10.217821123, 103.935867655), // Phú Quốc, 0.56° west
                Arguments.of(kienGiang, 1147500.0, 498000.0, 10.376538670, 104.483523799), // near the central meridian
                Arguments.of(kienGiang, 1036000.0, 625000.0, 9.366529684, 105.639793355), // 1.14° east
                Arguments.of(kienGiang, 1062000.0, 664000.0, 9.600225425, 105.995797416)); // 1.5° east
    }

    @ParameterizedTest
    @MethodSource("controlPoints")
    void vn2000ToWgs84MatchesProj(Vn2000Tm3 zone, double northing, double easting, double latitude,
            double longitude) {
        Coordinate lonLat = new Tm3Conversion(zone).toWgs84(northing, easting);

        assertThat(metres(lonLat.y, lonLat.x, latitude, longitude)).as("metres from PROJ's %.9f %.9f", latitude,
                longitude).isLessThan(TOLERANCE_METRES);
    }

    @ParameterizedTest
    @MethodSource("controlPoints")
    void wgs84ToVn2000MatchesProj(Vn2000Tm3 zone, double northing, double easting, double latitude,
            double longitude) {
        Coordinate plane = new Tm3Conversion(zone).toPlane(longitude, latitude);

        assertThat(Math.hypot(plane.x - easting, plane.y - northing)).as("metres from x=%s y=%s", northing, easting)
                .isLessThan(TOLERANCE_METRES);
    }

    /**
     * The rotations as Decision 05/2007 prints them (coordinate frame), read as PROJ's position vector,
     * move Tân Kiều by 0.55 m. PROJ agrees on where that misreading lands:
     * {@code cs2cs -f %.9f +proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84
     * +towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278
     * +units=m +no_defs +type=crs +to EPSG:4326} gives 10.515632550 105.814907489 for 589000 1163000.
     */
    @Test
    void theDecisionsPrintedSignsTakenAsTheyAreWouldBeHalfAMetreOff() {
        String printedSigns = "+proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84"
                + " +towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278"
                + " +units=m +no_defs";
        CoordinateReferenceSystem misread = new CRSFactory().createFromParameters("misread", printedSigns);
        CoordinateReferenceSystem wgs84 = new CRSFactory().createFromName("EPSG:4326");
        ProjCoordinate misreadLonLat = new CoordinateTransformFactory().createTransform(misread, wgs84)
                .transform(new ProjCoordinate(589000, 1163000), new ProjCoordinate());

        Coordinate shipped = new Tm3Conversion(Vn2000Tm3.EPSG_5897).toWgs84(1163000, 589000);

        assertThat(Vn2000Tm3.TOWGS84).endsWith(",0.00928836,-0.01975479,0.00427372,0.252906278");
        assertThat(metres(shipped.y, shipped.x, 10.515634537, 105.814912069)).isLessThan(TOLERANCE_METRES);
        assertThat(metres(misreadLonLat.y, misreadLonLat.x, 10.515632550, 105.814907489)).isLessThan(TOLERANCE_METRES);
        assertThat(metres(misreadLonLat.y, misreadLonLat.x, shipped.y, shipped.x)).isBetween(0.5, 0.6);
    }

    private static double metres(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
    }
}
