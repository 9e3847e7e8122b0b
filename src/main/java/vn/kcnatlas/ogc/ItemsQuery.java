package vn.kcnatlas.ogc;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.ogc.FeatureSource.Queryable;
import vn.kcnatlas.text.Coded;
import vn.kcnatlas.time.VietnamDays;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.AsOfParameter;

/**
 * What an items request asks for, read from its query parameters.
 *
 * <ul>
 * <li>{@code bbox}: four numbers in CRS84 (six, with heights, are read and the heights ignored); a box
 * reaching past the world's edges is clipped to them, as zoomed-out clients send such boxes; a west greater
 * than the east is a box across the antimeridian, as the standard has it.</li>
 * <li>{@code limit}: 1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}; a larger value is taken
 * as {@value #MAX_LIMIT}, as the standard requires.</li>
 * <li>{@code offset}: how many matching features to skip; next links carry it.</li>
 * <li>{@code datetime}: in a {@linkplain vn.kcnatlas.map.MapLayer#dated() dated} collection (zones), an
 * instant, a date or a date-time with its offset, asks for the features as they stood at the end of the day
 * it falls on in Việt Nam; {@code asOf=YYYY-MM-DD} says the same. Intervals are refused there: a feature
 * has one state a day, and the store keeps no answer for a span. In the other collections it is checked,
 * then matches every feature: the standard filters by the features' temporal geometry only "if the
 * collection includes temporal information", and these have none.</li>
 * <li>a queryable property: features whose property equals the value.</li>
 * </ul>
 *
 * @param box null for anywhere
 * @param properties queryable property values to match
 * @param asOf the day whose end a dated collection's features show; null for now
 */
record ItemsQuery(BoundingBox box, Map<String, String> properties, long offset, int limit, LocalDate asOf) {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 10_000;
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /** The parameters of every items request; each collection adds its queryables, a dated one {@link #AS_OF}. */
    static final List<String> PARAMETERS = List.of("bbox", "bbox-crs", "datetime", "limit", "offset", "f");
    /** The alias of an instant {@code datetime} that the rest of the API (/api/zones) takes. */
    static final String AS_OF = "asOf";

    /**
     * @param parameters the request's parameters, each given once, none unknown
     * @param dated whether the collection's features can be asked for as of a day
     * @throws OgcException 400 for a value that cannot be used
     */
    static ItemsQuery parse(Map<String, String> parameters, List<Queryable> queryables, boolean dated, Clock clock) {
        String crs = parameters.getOrDefault("bbox-crs", CRS84);
        if (!crs.equals(CRS84)) {
            throw OgcException.invalidParameter("bbox-crs", "only " + CRS84 + " is supported, not '" + crs + "'");
        }
        LocalDate asOf = null;
        if (dated) {
            asOf = day(parameters, clock);
        } else {
            Optional.ofNullable(parameters.get("datetime")).ifPresent(ItemsQuery::checkDatetime);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (Queryable queryable : queryables) {
            String value = parameters.get(queryable.name());
            if (value != null) {
                if (!queryable.values().isEmpty() && !queryable.values().contains(value)) {
                    throw OgcException.invalidParameter(queryable.name(), "'" + value + "' is none of "
                            + String.join(", ", queryable.values()));
                }
                properties.put(queryable.name(), value);
            }
        }
        BoundingBox box = parameters.containsKey("bbox") ? bbox(parameters.get("bbox")) : null;
        long offset = whole("offset", parameters.getOrDefault("offset", "0"), 0);
        long limit = whole("limit", parameters.getOrDefault("limit", String.valueOf(DEFAULT_LIMIT)), 1);
        return new ItemsQuery(box, properties, offset, (int) Math.min(limit, MAX_LIMIT), asOf);
    }

    /** The day {@code datetime} or {@code asOf} asks for in a dated collection; null for now. */
    private static LocalDate day(Map<String, String> parameters, Clock clock) {
        String datetime = parameters.get("datetime");
        String asOf = parameters.get(AS_OF);
        if (datetime != null && asOf != null) {
            throw OgcException.invalidParameter(AS_OF, "is another name for datetime; give one of them, not both");
        }
        if (asOf != null) {
            try {
                return AsOfParameter.parse(AS_OF, asOf, clock);
            } catch (ApiException e) {
                throw OgcException.invalidParameter(AS_OF, e.getMessage());
            }
        }
        if (datetime == null) {
            return null;
        }
        if (datetime.contains("/")) {
            throw OgcException.invalidParameter("datetime", "'" + datetime + "' is an interval, but only an instant is"
                    + " supported here: a date such as 2024-05-01 or a date-time such as 2024-05-01T08:00:00Z, for the"
                    + " features as they stood at the end of that day in Việt Nam");
        }
        LocalDate day;
        try {
            day = VietnamDays.read(datetime);
        } catch (DateTimeException e) {
            throw OgcException.invalidParameter("datetime", "'" + datetime + "' is not an RFC 3339 date-time such as"
                    + " 2024-05-01T08:00:00Z or a date such as 2024-05-01");
        }
        LocalDate today = VietnamDays.today(clock);
        if (day.isAfter(today)) {
            throw OgcException.invalidParameter("datetime", "'" + datetime + "' falls on " + day + ", in the future;"
                    + " the latest day with data is today, " + today);
        }
        return day;
    }

    /** The value asked for a queryable property. */
    Optional<String> value(String property) {
        return Optional.ofNullable(properties.get(property));
    }

    /** The value asked for a coded property; {@link #parse} checked it is one of the codes. */
    <E extends Enum<E> & Coded> Optional<E> code(String property, Class<E> type) {
        return value(property).flatMap(code -> Coded.find(type, code));
    }

    private static BoundingBox bbox(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw OgcException.invalidParameter("bbox", "needs four numbers, west,south,east,north (or six with"
                    + " heights), not " + parts.length + " value(s)");
        }
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw OgcException.invalidParameter("bbox", "'" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(numbers[i])) {
                throw OgcException.invalidParameter("bbox", "'" + parts[i] + "' is not a finite number");
            }
        }
        int half = parts.length / 2;
        double west = numbers[0];
        double south = numbers[1];
        double east = numbers[half];
        double north = numbers[half + 1];
        if (!(south < north) || west == east) {
            throw OgcException.invalidParameter("bbox", "is empty or inverted: south must be less than north and"
                    + " west differ from east (a west greater than the east is a box across the antimeridian)");
        }
        boolean acrossAntimeridian = west > east;
        if (acrossAntimeridian) {
            if (west > 180 || east < -180 || west == 180 && east == -180) {
                throw OgcException.invalidParameter("bbox", "crosses the antimeridian, so needs a west edge of at"
                        + " most 180 and an east edge of at least -180, not both on it: from " + west + " to " + east);
            }
        } else {
            west = Math.max(west, -180);
            east = Math.min(east, 180);
        }
        south = Math.max(south, -90);
        north = Math.min(north, 90);
        if (!acrossAntimeridian && !(west < east) || !(south < north)) {
            throw OgcException.invalidParameter("bbox", "lies outside longitude -180..180, latitude -90..90");
        }
        return new BoundingBox(west, south, east, north);
    }

    private static long whole(String parameter, String text, long min) {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw OgcException.invalidParameter(parameter, "'" + text + "' is not a whole number");
        }
        if (value < min) {
            throw OgcException.invalidParameter(parameter, "must be at least " + min + ", not " + value);
        }
        return value;
    }

    /** An RFC 3339 date-time or date, or an interval of two of them with '..' or nothing for an open end. */
    private static void checkDatetime(String text) {
        String[] ends = text.split("/", -1);
        if (ends.length > 2) {
            throw OgcException.invalidParameter("datetime", "is an instant or one interval start/end, not '" + text
                    + "'");
        }
        if (ends.length == 1) {
            instant(text, false);
            return;
        }
        Optional<Instant> start = open(ends[0]) ? Optional.empty() : Optional.of(instant(ends[0], false));
        Optional<Instant> end = open(ends[1]) ? Optional.empty() : Optional.of(instant(ends[1], true));
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw OgcException.invalidParameter("datetime", "the interval '" + text + "' ends before it starts");
        }
    }

    private static boolean open(String end) {
        return end.isEmpty() || end.equals("..");
    }

    /** An instant, or a date taken as its first moment or, at the end of an interval, its last. */
    private static Instant instant(String text, boolean endOfInterval) {
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return endOfInterval ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
                        : date.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw OgcException.invalidParameter("datetime", "'" + text + "' is not an RFC 3339 date-time such as"
                    + " 2024-05-01T08:00:00Z, a date such as 2024-05-01, or an interval of them such as"
                    + " 2024-01-01/..");
        }
    }
}
