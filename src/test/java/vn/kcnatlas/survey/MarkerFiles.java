package vn.kcnatlas.survey;

import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;

import vn.kcnatlas.geo.Vn2000Tm3;

/** Marker files for tests, their TM-3 values computed by the survey's own conversion. */
public final class MarkerFiles {

    private MarkerFiles() {
    }

    /**
     * A file of markers at these longitude/latitude pairs, in order, x and y to the millimetre as a
     * surveyor writes them.
     */
    public static String csv(Vn2000Tm3 zone, List<String> ids, double[][] lonLat) {
        Tm3Conversion conversion = new Tm3Conversion(zone);
        StringBuilder file = new StringBuilder("marker,x,y\n");
        for (int i = 0; i < ids.size(); i++) {
            Coordinate plane = conversion.toPlane(lonLat[i][0], lonLat[i][1]);
            file.append(String.format(Locale.ROOT, "%s,%.3f,%.3f%n", ids.get(i), plane.y, plane.x));
        }
        return file.toString();
    }
}
