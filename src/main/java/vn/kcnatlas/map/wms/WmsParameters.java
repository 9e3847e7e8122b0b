package vn.kcnatlas.map.wms;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a WMS request, looked up by name in any case ({@code bbox}, {@code BBOX} and
 * {@code BBox} are one parameter, as the standard says). A parameter given twice with different values
 * is refused rather than one of them silently winning.
 */
final class WmsParameters {

    private final Map<String, String> values;

    private WmsParameters(Map<String, String> values) {
        this.values = values;
    }

    static WmsParameters of(Map<String, String[]> query) {
        Map<String, String> values = new HashMap<>();
        query.forEach((name, given) -> {
            for (String value : given) {
                String key = name.toUpperCase(Locale.ROOT);
                String earlier = values.putIfAbsent(key, value.strip());
                if (earlier != null && !earlier.equalsIgnoreCase(value.strip())) {
                    throw WmsException.invalid(key, "The parameter " + key + " is given twice, as '" + earlier
                            + "' and as '" + value.strip() + "'");
                }
            }
        });
        return new WmsParameters(values);
    }

    /** The value of a parameter, stripped of surrounding blanks; empty when the parameter is absent or blank. */
    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty());
    }

    /** @throws WmsException MissingParameterValue when the parameter is absent or blank */
    String required(String name) {
        return get(name).orElseThrow(() -> WmsException.missing(name));
    }

    /** A required whole number in [min, max]. */
    int integer(String name, int min, int max) {
        String value = required(name);
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Refused below with the same message as an out-of-range number.
        }
        throw WmsException.invalid(name, name + " must be a whole number from " + min + " to " + max + ", not '"
                + value + "'");
    }

    /** An optional whole number in [min, max], {@code fallback} when absent. */
    int integer(String name, int min, int max, int fallback) {
        return get(name).isPresent() ? integer(name, min, max) : fallback;
    }

    /** An optional TRUE or FALSE, in any case. */
    boolean flag(String name, boolean fallback) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().toUpperCase(Locale.ROOT)) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw WmsException.invalid(name, name + " must be TRUE or FALSE, not '" + value.get() + "'");
        };
    }

    /** An optional language for titles and labels: vi (the default) or en. */
    String language() {
        String language = get("LANGUAGE").orElse("vi").toLowerCase(Locale.ROOT);
        if (!language.equals("vi") && !language.equals("en")) {
            throw WmsException.invalid("LANGUAGE", "LANGUAGE must be vi or en, not '" + language + "'");
        }
        return language;
    }
}
