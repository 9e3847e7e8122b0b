package vn.kcnatlas.geo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;

/**
 * The VN-2000 provincial TM-3 zones that surveyors' coordinates come in (k = 0.9999, false easting
 * 500 000 m), defined here from PROJ's own strings ({@code projinfo -o PROJ EPSG:5897}) because the EPSG
 * registry proj4j ships has no entry for either code.
 */
public enum Vn2000Tm3 {

    /** Đồng Tháp, and the other provinces on 105°00′. */
    EPSG_5897(5897, "105°00′", 105.0, "Đồng Tháp"),
    /** Kiên Giang and Cà Mau, on 104°30′. */
    EPSG_9207(9207, "104°30′", 104.5, "Kiên Giang");

    /**
     * VN-2000 → WGS 84 by Decision 05/2007/QĐ-BTNMT (EPSG:6960), in PROJ's position-vector convention. The
     * decision prints the rotations with the opposite signs (coordinate frame): taken as printed, they
     * move points by about 0.55 m.
     */
    public static final String TOWGS84 = "-191.90441429,-39.30318279,-111.45032835,"
            + "0.00928836,-0.01975479,0.00427372,0.252906278";

    private final int epsg;
    private final String meridian;
    private final String province;
    private final CoordinateReferenceSystem crs;

    Vn2000Tm3(int epsg, String meridian, double centralMeridian, String province) {
        this.epsg = epsg;
        this.meridian = meridian;
        this.province = province;
        this.crs = new CRSFactory().createFromParameters(code(), String.format(Locale.ROOT, "+proj=tmerc +lat_0=0"
                + " +lon_0=%s +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=%s +units=m +no_defs",
                centralMeridian, TOWGS84));
    }

    /** The zone with this EPSG code, if it is one of ours. */
    public static Optional<Vn2000Tm3> ofEpsg(int code) {
        return Arrays.stream(values()).filter(z -> z.epsg == code).findFirst();
    }

    /** The zone named {@code EPSG:5897} or {@code EPSG:9207}, in any letter case. */
    public static Optional<Vn2000Tm3> ofCode(String code) {
        return Arrays.stream(values()).filter(z -> z.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public int epsg() {
        return epsg;
    }

    /** {@code EPSG:5897}. */
    public String code() {
        return "EPSG:" + epsg;
    }

    /** {@code VN-2000 / TM-3 105°00′ (Đồng Tháp)}. */
    public String title() {
        return "VN-2000 / TM-3 " + meridian + " (" + province + ")";
    }

    /** Projected easting/northing in metres, for proj4j. */
    public CoordinateReferenceSystem crs() {
        return crs;
    }
}
