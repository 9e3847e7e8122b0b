package vn.kcnatlas.map.wms;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.time.VietnamDays;

/**
 * The TIME dimension of the layers that can be drawn as of a past day (WMS 1.3.0, Annex C): one day at a
 * time, from {@link MapLayer#FIRST_DAY} to today in Việt Nam, the map as it stood at the end of that day.
 * {@code current}, or no TIME at all, is the map as it is now. Layers without the dimension ignore TIME,
 * as the standard has it.
 */
final class TimeDimension {

    static final String CURRENT = "current";

    private TimeDimension() {
    }

    /** The values a client may ask for, as Annex C writes a range: {@code 2000-01-01/2026-12-07/P1D}. */
    static String extent(Clock clock) {
        return MapLayer.FIRST_DAY + "/" + VietnamDays.today(clock) + "/P1D";
    }

    /**
     * The day TIME asks for: a date, or an instant with its offset taken as the day it falls on in Việt Nam.
     *
     * @return null for the map as it is now
     * @throws WmsException InvalidDimensionValue for anything else, a range, a list, or a day outside the extent
     */
    static LocalDate parse(WmsParameters params, Clock clock) {
        String value = params.get("TIME").orElse(CURRENT);
        if (value.toLowerCase(Locale.ROOT).equals(CURRENT)) {
            return null;
        }
        if (value.contains("/") || value.contains(",")) {
            throw invalid("TIME " + value + " asks for several times; a map shows one day, written YYYY-MM-DD");
        }
        LocalDate day;
        try {
            day = VietnamDays.read(value);
        } catch (DateTimeException e) {
            throw invalid("TIME '" + value + "' is neither a date written YYYY-MM-DD nor an ISO 8601 instant"
                    + " with its offset, such as 2026-05-01T08:00:00Z");
        }
        LocalDate today = VietnamDays.today(clock);
        if (day.isAfter(today) || day.isBefore(MapLayer.FIRST_DAY)) {
            throw invalid("TIME " + day + " is outside the time extent " + extent(clock) + ": the map can be drawn"
                    + " for a day from " + MapLayer.FIRST_DAY + " to today, " + today);
        }
        return day;
    }

    private static WmsException invalid(String message) {
        return new WmsException(ExceptionCode.InvalidDimensionValue, "TIME", message);
    }
}
