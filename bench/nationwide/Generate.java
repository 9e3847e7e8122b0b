import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a nationwide synthetic dataset for benchmarks: an administrative registry, zones, lots, reports and
 * edits, as files the importer reads. Seeded: the same arguments give byte-identical files. Every record
 * says it is synthetic; none of it describes a real place.
 *
 * <pre>
 * java bench/nationwide/Generate.java --out DIR [--seed 15] [--zones 1700] [--lots 1000000] [--years 8]
 * </pre>
 *
 * Files: outline.geojson (the coarse mainland outline zones are placed in), districts.geojson (synthetic
 * districts of synthetic provinces, for {@code import districts --add-units}), sources.csv, zones.geojson,
 * zones-v2.geojson and zones-v3.geojson (later versions of some zones), lots-NNNN.geojson (the lots of 100
 * zones each) and reports.csv.
 */
public final class Generate {

    /**
     * Việt Nam's mainland, coarsely: about fifty points (lon, lat) traced by hand from well-known places on the
     * borders and the coast (Lũng Cú, Móng Cái, Hải Phòng, Đà Nẵng, Mũi Đôi, Vũng Tàu, Mũi Cà Mau, Hà Tiên, Châu
     * Đốc, the tri-border near Kon Tum, …), to a few kilometres. Enough to keep synthetic zones on land.
     */
    static final double[][] OUTLINE = {
            {102.14, 22.40}, {102.48, 22.77}, {103.03, 22.44}, {103.52, 22.60}, {104.00, 22.52}, {104.35, 22.70},
            {104.80, 22.82}, {105.33, 23.38}, {105.90, 22.93}, {106.57, 22.92}, {106.70, 22.60}, {107.35, 21.75},
            {107.97, 21.53}, {107.40, 21.10}, {106.70, 20.70}, {106.20, 20.00}, {105.85, 19.30}, {105.65, 18.80},
            {106.40, 18.00}, {107.10, 17.00}, {108.20, 16.10}, {108.85, 15.20}, {109.25, 13.80}, {109.45, 12.70},
            {109.20, 11.70}, {108.55, 11.15}, {107.80, 10.70}, {107.05, 10.35}, {106.75, 9.60}, {105.90, 9.20},
            {105.30, 8.65}, {104.75, 8.60}, {104.85, 9.60}, {104.80, 10.20}, {104.45, 10.42}, {105.10, 10.95},
            {105.85, 11.05}, {106.00, 11.80}, {106.70, 12.00}, {107.55, 12.30}, {107.50, 13.00}, {107.40, 14.20},
            {107.55, 14.70}, {107.40, 15.50}, {106.90, 16.40}, {106.30, 17.30}, {105.60, 18.20}, {104.50, 18.90},
            {103.90, 19.30}, {104.40, 19.70}, {104.05, 20.30}, {103.25, 20.80}, {102.85, 21.30}, {102.10, 21.90},
            {102.14, 22.40}};

    static final double WEST = 102.0, SOUTH = 8.5, EAST = 109.5, NORTH = 23.5;
    /** A district is a cell of a 0.25° grid; a province a block of 3 × 3 cells. */
    static final double CELL = 0.25;
    static final int BLOCK = 3;
    static final int COLS = (int) Math.round((EAST - WEST) / CELL), ROWS = (int) Math.round((NORTH - SOUTH) / CELL);

    static final String SOURCE_ID = "synthetic-nationwide";
    static final String SYNTHETIC = "dữ liệu giả lập — synthetic benchmark data, not a real zone";
    static final String LOT_SOURCE = "dữ liệu giả lập — synthetic benchmark data, not a real lot";
    static final int ZONES_PER_LOT_FILE = 100;
    /** So that a zone's third version, 3 % wider each way, stays within 3,000 ha. */
    static final double MAX_KCN_HA = 2_800;
    static final double M_PER_DEG_LAT = 110_574, M_PER_DEG_LON = 111_320;
    static final String[] LIFECYCLES = {"planned", "under_construction", "operating", "operating", "operating"};
    static final String[] CLEARANCE = {"not_started", "in_progress", "completed"};
    static final String[] INVESTMENT = {"not_open", "seeking_infrastructure_investor", "seeking_tenants", "closed"};
    static final String[] QUALITY = {"surveyed", "digitized", "approximate"};

    record Options(Path out, long seed, int zones, int lots, int years) {
    }

    /** A star-shaped ring around (cx, cy), in metres from the centre, scaled to degrees when written. */
    record Part(double cx, double cy, double[] angles, double[] radii, double holeHalf) {

        double[][] ring(double scale) {
            double[][] ring = new double[angles.length + 1][];
            for (int i = 0; i < angles.length; i++) {
                ring[i] = at(cx, cy, radii[i] * scale * Math.cos(angles[i]), radii[i] * scale * Math.sin(angles[i]));
            }
            ring[angles.length] = ring[0];
            return ring;
        }

        /** The hole, a square, clockwise as RFC 7946 asks of inner rings; null without one. */
        double[][] hole() {
            if (holeHalf == 0) {
                return null;
            }
            double h = holeHalf;
            return new double[][] {at(cx, cy, -h, -h), at(cx, cy, -h, h), at(cx, cy, h, h), at(cx, cy, h, -h),
                    at(cx, cy, -h, -h)};
        }

        /** Half the side of a square around the centre that the ring surely holds. */
        double innerHalf() {
            double minRadius = Double.MAX_VALUE, maxStep = 0;
            for (int i = 0; i < angles.length; i++) {
                minRadius = Math.min(minRadius, radii[i]);
                double next = i + 1 < angles.length ? angles[i + 1] : angles[0] + 2 * Math.PI;
                maxStep = Math.max(maxStep, next - angles[i]);
            }
            return 0.97 * minRadius * Math.cos(maxStep / 2) / Math.sqrt(2);
        }

        double areaM2() {
            double area = 0;
            for (int i = 0; i < angles.length; i++) {
                int j = (i + 1) % angles.length;
                area += radii[i] * radii[j] * Math.sin(((angles[j] - angles[i]) + 2 * Math.PI) % (2 * Math.PI)) / 2;
            }
            return area - 4 * holeHalf * holeHalf;
        }
    }

    /** A zone; (lon, lat) with radiusM is a circle holding all its parts, which no other zone's may touch. */
    record Zone(int number, String code, String kind, int district, double lon, double lat, List<Part> parts,
            double radiusM, double areaHa,
            double leasableHa, String lifecycle, String clearance, String investment, String quality) {
    }

    record District(int index, int col, int row, int province, int numberInProvince) {
    }

    public static void main(String[] args) throws IOException {
        Options options = parse(args);
        Files.createDirectories(options.out());
        new Generate(options).run();
    }

    private final Options options;
    private final SplittableRandom random;
    private final Map<Integer, District> districts = new LinkedHashMap<>();
    private final List<Zone> zones = new ArrayList<>();

    Generate(Options options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
    }

    void run() throws IOException {
        registry();
        placeZones();
        writeOutline();
        writeDistricts();
        writeSources();
        writeZones("zones.geojson", 1);
        writeZones("zones-v2.geojson", 2);
        writeZones("zones-v3.geojson", 3);
        writeLots();
        writeReports();
        System.err.printf("[generate] %d provinces, %d districts, %d zones, %d lots, %d years of reports in %s%n",
                districts.values().stream().mapToInt(District::province).max().orElse(0), districts.size(),
                zones.size(), options.lots(), options.years(), options.out());
    }

    // --- registry: grid cells touching the outline are districts; blocks of cells are provinces ---

    private void registry() {
        Map<Integer, Integer> provinceOfBlock = new LinkedHashMap<>();
        Map<Integer, Integer> districtsInProvince = new LinkedHashMap<>();
        for (int row = ROWS - 1; row >= 0; row--) {
            for (int col = 0; col < COLS; col++) {
                if (!cellTouchesLand(col, row)) {
                    continue;
                }
                int block = (row / BLOCK) * 1000 + col / BLOCK;
                int province = provinceOfBlock.computeIfAbsent(block, b -> provinceOfBlock.size() + 1);
                int number = districtsInProvince.merge(province, 1, Integer::sum);
                int index = row * COLS + col;
                districts.put(index, new District(index, col, row, province, number));
            }
        }
    }

    private static boolean cellTouchesLand(int col, int row) {
        double x0 = WEST + col * CELL, y0 = SOUTH + row * CELL;
        for (double[] p : new double[][] {{x0, y0}, {x0 + CELL, y0}, {x0, y0 + CELL}, {x0 + CELL, y0 + CELL},
                {x0 + CELL / 2, y0 + CELL / 2}}) {
            if (onLand(p[0], p[1])) {
                return true;
            }
        }
        return false;
    }

    static boolean onLand(double lon, double lat) {
        boolean inside = false;
        for (int i = 0, j = OUTLINE.length - 2; i < OUTLINE.length - 1; j = i++) {
            double[] a = OUTLINE[i], b = OUTLINE[j];
            if ((a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }

    static String provinceName(int province) {
        return "Giả lập %02d".formatted(province);
    }

    static String districtName(District d) {
        return "Giả lập %02d-%02d".formatted(d.province(), d.numberInProvince());
    }

    /** The first district of each province is its city, the others rural districts. */
    static boolean isCity(District d) {
        return d.numberInProvince() == 1;
    }

    // --- zones: rejection sampling inside the outline, one district cell each, apart from each other ---

    private void placeZones() {
        int kcn = (int) Math.round(options.zones() * 420.0 / 1700);
        int kcnPlaced = 0;
        for (int n = 1; n <= options.zones(); n++) {
            // KCN spread evenly through the list, so that each lot file holds a like share of the lots.
            boolean isKcn = (long) n * kcn / options.zones() > (long) (n - 1) * kcn / options.zones();
            kcnPlaced += isKcn ? 1 : 0;
            double areaHa = isKcn ? clamp(Math.exp(Math.log(320) + 0.85 * random.nextGaussian()), 50, MAX_KCN_HA)
                    : clamp(Math.exp(Math.log(48) + 0.45 * random.nextGaussian()), 20, 100);
            int draw = random.nextInt(100);
            boolean hole = draw < 10;
            boolean multi = draw >= 94 && areaHa >= 40;
            Zone zone = null;
            while (zone == null) {
                zone = tryPlace(n, isKcn, isKcn ? kcnPlaced : n - kcnPlaced, round2(areaHa), hole, multi);
            }
            zones.add(zone);
        }
    }

    private Zone tryPlace(int number, boolean isKcn, int kindNumber, double areaHa, boolean hole, boolean multi) {
        double lon = WEST + random.nextDouble() * (EAST - WEST), lat = SOUTH + random.nextDouble() * (NORTH - SOUTH);
        int col = (int) ((lon - WEST) / CELL), row = (int) ((lat - SOUTH) / CELL);
        District district = districts.get(row * COLS + col);
        if (district == null || !onLand(lon, lat)) {
            return null;
        }
        int partsCount = multi ? 2 : 1;
        double partArea = areaHa * 10_000 / partsCount;
        List<Part> parts = new ArrayList<>();
        double partRadius = Math.sqrt(partArea / Math.PI);
        double offset = multi ? 1.4 * partRadius * 1.15 : 0;
        for (int p = 0; p < partsCount; p++) {
            int vertices = 8 + random.nextInt(7);
            double[] angles = new double[vertices], radii = new double[vertices];
            for (int i = 0; i < vertices; i++) {
                angles[i] = 2 * Math.PI * (i + 0.3 * random.nextDouble()) / vertices;
                radii[i] = partRadius * (0.85 + 0.3 * random.nextDouble());
            }
            double holeHalf = hole && p == 0 ? 0.2 * partRadius : 0;
            Part draft = new Part(0, 0, angles, radii, holeHalf);
            // Scale so that the part, less its hole, has exactly its share of the declared area.
            double scale = Math.sqrt((partArea + 4 * holeHalf * holeHalf) / (draft.areaM2() + 4 * holeHalf * holeHalf));
            for (int i = 0; i < vertices; i++) {
                radii[i] *= scale;
            }
            double[] centre = at(lon, lat, p == 0 ? -offset : offset, 0);
            parts.add(new Part(multi ? centre[0] : lon, multi ? centre[1] : lat, angles, radii, holeHalf));
        }
        double radius = offset + 1.05 * parts.stream().flatMapToDouble(p -> java.util.Arrays.stream(p.radii()))
                .max().orElseThrow();
        // Room for the third version's boundary, moved out by 3 %.
        for (Part part : parts) {
            for (double[] p : part.ring(1.05)) {
                if (!onLand(p[0], p[1]) || (int) ((p[0] - WEST) / CELL) != col || (int) ((p[1] - SOUTH) / CELL) != row) {
                    return null;
                }
            }
        }
        for (Zone other : zones) {
            double dx = (other.lon() - lon) * M_PER_DEG_LON * Math.cos(Math.toRadians(lat)),
                    dy = (other.lat() - lat) * M_PER_DEG_LAT;
            if (Math.hypot(dx, dy) < other.radiusM() + radius + 200) {
                return null;
            }
        }
        String kind = isKcn ? "KCN" : "CCN";
        String code = "%s-gl-%04d".formatted(kind.toLowerCase(), kindNumber);
        String lifecycle = LIFECYCLES[random.nextInt(LIFECYCLES.length)];
        String clearance = lifecycle.equals("planned") ? "not_started"
                : lifecycle.equals("operating") ? CLEARANCE[1 + random.nextInt(2)] : CLEARANCE[random.nextInt(3)];
        String investment = lifecycle.equals("planned") ? INVESTMENT[random.nextInt(2)]
                : INVESTMENT[1 + random.nextInt(3)];
        double leasable = round2(areaHa * (0.6 + 0.15 * random.nextDouble()));
        return new Zone(number, code, kind, district.index(), lon, lat, parts, radius, areaHa, leasable, lifecycle, clearance,
                investment, QUALITY[random.nextInt(QUALITY.length)]);
    }

    // --- writing ---

    private void writeOutline() throws IOException {
        try (Writer w = writer("outline.geojson")) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":"
                    + "\"Việt Nam mainland, coarse outline (synthetic benchmark data)\"},\"geometry\":{\"type\":\"Polygon\","
                    + "\"coordinates\":[");
            ring(w, OUTLINE);
            w.write("]}}]}\n");
        }
    }

    private void writeDistricts() throws IOException {
        try (Writer w = writer("districts.geojson")) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            boolean first = true;
            for (District d : districts.values()) {
                double x0 = WEST + d.col() * CELL, y0 = SOUTH + d.row() * CELL;
                w.write(first ? "" : ",\n");
                first = false;
                w.write("{\"type\":\"Feature\",\"properties\":{\"province\":\"" + provinceName(d.province())
                        + "\",\"name\":\"" + districtName(d) + "\",\"unit_type\":\""
                        + (isCity(d) ? "thanh_pho" : "huyen") + "\",\"source\":\"" + SYNTHETIC.replace("zone", "unit")
                        + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[");
                ring(w, new double[][] {{x0, y0}, {x0 + CELL, y0}, {x0 + CELL, y0 + CELL}, {x0, y0 + CELL}, {x0, y0}});
                w.write("]}}");
            }
            w.write("\n]}\n");
        }
    }

    private void writeSources() throws IOException {
        try (Writer w = writer("sources.csv")) {
            w.write("id,title,issuer,issued,kind,url\n");
            w.write(SOURCE_ID + ",\"Dữ liệu giả lập toàn quốc (seed " + options.seed()
                    + ") — synthetic nationwide benchmark data, not real figures\",KCN Atlas bench/nationwide/Generate.java,"
                    + "2026,other,\n");
        }
    }

    /** Version 1 of every zone; version 2 changes the statuses of every fourth; version 3 moves every tenth's boundary out. */
    private void writeZones(String file, int version) throws IOException {
        try (Writer w = writer(file)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            boolean first = true;
            for (Zone zone : zones) {
                boolean edited = version == 2 ? zone.number() % 4 == 0 : version != 3 || zone.number() % 10 == 0;
                if (!edited) {
                    continue;
                }
                w.write(first ? "" : ",\n");
                first = false;
                zoneFeature(w, version == 2 ? advanced(zone) : zone, version);
            }
            w.write("\n]}\n");
        }
    }

    /** The zone a step further on: under construction once planned, operating once built, its land cleared. */
    private static Zone advanced(Zone z) {
        String lifecycle = switch (z.lifecycle()) {
            case "planned" -> "under_construction";
            case "under_construction" -> "operating";
            default -> z.lifecycle();
        };
        String clearance = switch (z.clearance()) {
            case "not_started" -> "in_progress";
            default -> "completed";
        };
        String investment = lifecycle.equals("operating") ? "seeking_tenants" : "seeking_infrastructure_investor";
        return new Zone(z.number(), z.code(), z.kind(), z.district(), z.lon(), z.lat(), z.parts(), z.radiusM(), z.areaHa(),
                z.leasableHa(), lifecycle, clearance, investment, z.quality());
    }

    private void zoneFeature(Writer w, Zone zone, int version) throws IOException {
        District d = districts.get(zone.district());
        double scale = version == 3 ? 1.03 : 1;
        double area = version == 3 ? round2(zone.areaHa() + zone.parts().stream()
                .mapToDouble(p -> (scale * scale - 1) * (p.areaM2() + 4 * p.holeHalf() * p.holeHalf())).sum() / 10_000)
                : zone.areaHa();
        String asOf = version == 1 ? "2025-12-31" : version == 2 ? "2026-06-30" : "2026-09-30";
        w.write("{\"type\":\"Feature\",\"id\":\"" + zone.code() + "\",\"properties\":{\"code\":\"" + zone.code()
                + "\",\"name\":\"" + zone.kind() + " giả lập " + zone.code().substring(7) + " (" + SYNTHETIC
                + ")\",\"kind\":\"" + zone.kind() + "\",\"province\":\"" + provinceName(d.province())
                + "\",\"district\":\"" + (isCity(d) ? "TP " : "H. ") + districtName(d) + "\",\"lifecycle\":\""
                + zone.lifecycle() + "\",\"clearanceStatus\":\"" + zone.clearance() + "\",\"investmentStatus\":\""
                + zone.investment() + "\",\"boundaryQuality\":\"" + zone.quality() + "\",\"areaHa\":" + area
                + ",\"leasableHa\":" + zone.leasableHa() + ",\"developer\":\"Chủ đầu tư giả lập — synthetic developer, "
                + SYNTHETIC + "\",\"source\":\"" + SYNTHETIC + " (bench/nationwide/Generate.java, seed "
                + options.seed() + ", version " + version + ")\",\"sourceIds\":[\"" + SOURCE_ID + "\"],\"asOf\":\""
                + asOf + "\"},\"geometry\":{\"type\":\"" + (zone.parts().size() > 1 ? "MultiPolygon" : "Polygon")
                + "\",\"coordinates\":[");
        for (int p = 0; p < zone.parts().size(); p++) {
            Part part = zone.parts().get(p);
            w.write(p > 0 ? "," : "");
            w.write(zone.parts().size() > 1 ? "[" : "");
            ring(w, part.ring(scale));
            if (part.hole() != null) {
                w.write(",");
                ring(w, part.hole());
            }
            w.write(zone.parts().size() > 1 ? "]" : "");
        }
        w.write("]}}");
    }

    /** Lots in proportion to each zone's leasable area, by largest remainder, on a grid inside each part. */
    private void writeLots() throws IOException {
        double leasable = zones.stream().mapToDouble(Zone::leasableHa).sum();
        int[] counts = new int[zones.size()];
        double[] remainders = new double[zones.size()];
        int given = 0;
        for (int i = 0; i < zones.size(); i++) {
            double share = options.lots() * zones.get(i).leasableHa() / leasable;
            counts[i] = (int) share;
            remainders[i] = share - counts[i];
            given += counts[i];
        }
        for (int left = options.lots() - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < zones.size(); i++) {
                best = remainders[i] > remainders[best] ? i : best;
            }
            counts[best]++;
            remainders[best] = -1;
        }
        for (int first = 0; first < zones.size(); first += ZONES_PER_LOT_FILE) {
            try (Writer w = writer("lots-%04d.geojson".formatted(first / ZONES_PER_LOT_FILE + 1))) {
                w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
                boolean[] firstFeature = {true};
                for (int i = first; i < Math.min(zones.size(), first + ZONES_PER_LOT_FILE); i++) {
                    zoneLots(w, zones.get(i), counts[i], firstFeature);
                }
                w.write("\n]}\n");
            }
        }
    }

    private void zoneLots(Writer w, Zone zone, int count, boolean[] firstFeature) throws IOException {
        int number = 0;
        for (int p = 0; p < zone.parts().size(); p++) {
            Part part = zone.parts().get(p);
            int wanted = p == zone.parts().size() - 1 ? count - number : count / zone.parts().size();
            double half = part.innerHalf();
            double keepOut = part.holeHalf() * 1.1;
            for (int grid = (int) Math.ceil(Math.sqrt(wanted)); wanted > 0; grid++) {
                double cell = 2 * half / grid;
                List<double[]> cells = new ArrayList<>();
                for (int r = 0; r < grid && cells.size() < wanted; r++) {
                    for (int c = 0; c < grid && cells.size() < wanted; c++) {
                        double x0 = -half + c * cell, y0 = -half + r * cell;
                        boolean clearOfHole = keepOut == 0 || x0 >= keepOut || x0 + cell <= -keepOut
                                || y0 >= keepOut || y0 + cell <= -keepOut;
                        if (clearOfHole) {
                            cells.add(new double[] {x0, y0});
                        }
                    }
                }
                if (cells.size() < wanted) {
                    continue;
                }
                for (double[] c : cells) {
                    lot(w, zone, part, ++number, c[0], c[1], cell, firstFeature);
                }
                wanted = 0;
            }
        }
    }

    private void lot(Writer w, Zone zone, Part part, int number, double x0, double y0, double cell,
            boolean[] firstFeature) throws IOException {
        double gap = cell * 0.08, side = cell - 2 * gap;
        double[] sw = at(part.cx(), part.cy(), x0 + gap, y0 + gap), ne = at(part.cx(), part.cy(), x0 + gap + side,
                y0 + gap + side);
        int draw = random.nextInt(100);
        String status = draw < 55 ? "leased" : draw < 65 ? "reserved" : "available";
        double areaHa = Math.round(side * side / 10_000 * 10_000) / 10_000.0;
        w.write(firstFeature[0] ? "" : ",\n");
        firstFeature[0] = false;
        String code = "L%05d".formatted(number);
        w.write("{\"type\":\"Feature\",\"id\":\"" + zone.code() + "/" + code + "\",\"properties\":{\"zone\":\""
                + zone.code() + "\",\"code\":\"" + code + "\",\"status\":\"" + status + "\",\"areaHa\":" + areaHa
                + ",\"source\":\"" + LOT_SOURCE + "\",\"illustrative\":false},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[");
        ring(w, new double[][] {sw, {ne[0], sw[1]}, ne, {sw[0], ne[1]}, sw});
        w.write("]}}");
    }

    /**
     * Reports of the zones being built or operating: KCN each quarter, CCN each year, for the last {@code years}
     * years up to 2025; occupancy rising from a start to an end, never past the leasable area.
     */
    private void writeReports() throws IOException {
        try (Writer w = writer("reports.csv")) {
            w.write("zone_code,as_of,cleared_ha,leased_ha,occupancy_pct,tenants,registered_capital_bn_vnd,"
                    + "wastewater_plant,note,source_id\n");
            int firstYear = 2025 - options.years() + 1;
            for (Zone zone : zones) {
                if (zone.lifecycle().equals("planned")) {
                    continue;
                }
                boolean quarterly = zone.kind().equals("KCN");
                int periods = options.years() * (quarterly ? 4 : 1);
                double start = zone.lifecycle().equals("operating") ? 10 + 40 * random.nextDouble() : 0;
                double end = Math.min(98, start + (zone.lifecycle().equals("operating") ? 50 : 25) * random.nextDouble());
                double clearedEnd = zone.clearance().equals("completed") ? zone.areaHa()
                        : zone.clearance().equals("in_progress") ? zone.areaHa() * 0.5 : 0;
                for (int i = 0; i < periods; i++) {
                    double t = periods == 1 ? 1 : (double) i / (periods - 1);
                    int year = firstYear + (quarterly ? i / 4 : i);
                    String asOf = quarterly ? year + "-" + new String[] {"03-31", "06-30", "09-30", "12-31"}[i % 4]
                            : year + "-12-31";
                    double occupancy = start + (end - start) * t;
                    double leased = Math.floor(zone.leasableHa() * occupancy) / 100;
                    double cleared = Math.floor(clearedEnd * (0.4 + 0.6 * t) * 100) / 100;
                    int tenants = (int) Math.round(leased / 4);
                    String plant = t < 0.3 ? "none" : t < 0.6 ? "under_construction" : "operating";
                    w.write(zone.code() + "," + asOf + "," + cleared + "," + leased + ",," + tenants + ","
                            + Math.round(leased * 25) + "," + plant + ",\"" + SYNTHETIC + "\"," + SOURCE_ID + "\n");
                }
            }
        }
    }

    // --- helpers ---

    private Writer writer(String name) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(options.out().resolve(name), StandardCharsets.UTF_8), 1 << 16);
    }

    private static void ring(Writer w, double[][] ring) throws IOException {
        w.write('[');
        for (int i = 0; i < ring.length; i++) {
            w.write(i == 0 ? "[" : ",[");
            w.write(fixed6(ring[i][0]));
            w.write(',');
            w.write(fixed6(ring[i][1]));
            w.write(']');
        }
        w.write(']');
    }

    /** A coordinate to six decimals (about 0.1 m), written the same on every machine. */
    static String fixed6(double value) {
        long micro = Math.round(value * 1_000_000);
        String sign = micro < 0 ? "-" : "";
        micro = Math.abs(micro);
        String fraction = Long.toString(micro % 1_000_000);
        return sign + micro / 1_000_000 + "." + "0".repeat(6 - fraction.length()) + fraction;
    }

    /** The point dx, dy metres east and north of (lon, lat). */
    static double[] at(double lon, double lat, double dx, double dy) {
        return new double[] {lon + dx / (M_PER_DEG_LON * Math.cos(Math.toRadians(lat))), lat + dy / M_PER_DEG_LAT};
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static Options parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>(Map.of("--seed", "15", "--zones", "1700", "--lots", "1000000",
                "--years", "8"));
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length
                    || !(given.containsKey(args[i]) || args[i].equals("--out"))) {
                usage("unknown or incomplete argument '" + args[i] + "'");
            }
            given.put(args[i], args[++i]);
        }
        if (!given.containsKey("--out")) {
            usage("--out DIR is required");
        }
        try {
            Options options = new Options(Path.of(given.get("--out")), Long.parseLong(given.get("--seed")),
                    Integer.parseInt(given.get("--zones")), Integer.parseInt(given.get("--lots")),
                    Integer.parseInt(given.get("--years")));
            if (options.zones() < 1 || options.zones() > 5000 || options.lots() < 0 || options.years() < 1
                    || options.years() > 20) {
                usage("--zones is 1 to 5000, --lots 0 or more, --years 1 to 20");
            }
            return options;
        } catch (NumberFormatException e) {
            usage("--seed, --zones, --lots and --years are whole numbers: " + e.getMessage());
            return null;
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java bench/nationwide/Generate.java --out DIR [--seed 15] [--zones 1700]"
                + " [--lots 1000000] [--years 8]");
        System.exit(2);
    }
}
