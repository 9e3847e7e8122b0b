package vn.kcnatlas.zone;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.util.MultiValueMap;

import vn.kcnatlas.district.AdminUnitDirectory;
import vn.kcnatlas.district.DistrictMatch;
import vn.kcnatlas.district.Province;
import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.Generalisation;
import vn.kcnatlas.text.Coded;
import vn.kcnatlas.text.Decimals;
import vn.kcnatlas.unit2025.UnitCodes;
import vn.kcnatlas.web.ApiException;

/**
 * Reads the filters of {@code GET /api/zones} into a query. A filter may repeat or list values separated
 * by commas ({@code kind=KCN,CCN}); names of places may be written with or without diacritics. Anything
 * it cannot use is refused with the parameter named, rather than silently ignored.
 */
final class ZoneQueryParameters {

    static final Set<String> NAMES = Set.of("kind", "province", "district", "investment", "clearance", "lifecycle",
            "minAvailableHa", "minOccupancyPct", "maxOccupancyPct", "includeUnknown", "bbox", "q", "asOf",
            "commune2025", "province2025", "zoom", "boundaries");
    /** The deepest zoom a client may ask boundaries for: that of the tiles. */
    private static final int MAX_ZOOM = 24;

    private ZoneQueryParameters() {
    }

    /** @param current the codes of today's units, which {@code commune2025} and {@code province2025} name */
    static ZoneQuery parse(MultiValueMap<String, String> params, AdminUnitDirectory places, UnitCodes current) {
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(NAMES);
        if (!unknown.isEmpty()) {
            throw ApiException.badParameter(unknown.iterator().next(), "Unknown parameter(s) " + unknown
                    + "; the zone list understands " + new TreeSet<>(NAMES));
        }
        Set<String> provinces = provinces(params, places);
        return new ZoneQuery(codes(params, "kind", ZoneKind.class), provinces, districts(params, places, provinces),
                codes(params, "investment", InvestmentStatus.class), codes(params, "clearance", ClearanceStatus.class),
                lifecycles(params), figures(params), bbox(params),
                ZoneSearchText.terms(single(params, "q")), known(params, "commune2025", current.communes(),
                        "/api/communes"), known(params, "province2025", current.provinces(), "/api/provinces2025"));
    }

    private static Set<String> known(MultiValueMap<String, String> params, String name, Set<String> codes,
            String list) {
        Set<String> asked = new LinkedHashSet<>(values(params, name));
        for (String code : asked) {
            if (!codes.contains(code)) {
                throw ApiException.badParameter(name, name + " '" + code + "' is not the code of one of today's"
                        + " units as imported; GET " + list + " lists them");
            }
        }
        return asked;
    }

    /**
     * The lifecycles asked for; without the parameter, every zone still in the plan. Zones taken out of
     * the plan are no offer to an investor: they are listed only when asked for by name.
     */
    private static Set<Lifecycle> lifecycles(MultiValueMap<String, String> params) {
        Set<Lifecycle> asked = codes(params, "lifecycle", Lifecycle.class);
        return asked.isEmpty() ? Lifecycle.IN_PLAN : asked;
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(MultiValueMap<String, String> params, String name,
            Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (String value : values(params, name)) {
            values.add(Coded.find(type, value).orElseThrow(() -> ApiException.badParameter(name,
                    name + " '" + value + "' is not one of " + Coded.allowed(type))));
        }
        return values;
    }

    private static Set<String> provinces(MultiValueMap<String, String> params, AdminUnitDirectory places) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values(params, "province")) {
            Province province = places.province(value).orElseThrow(() -> ApiException.badParameter("province",
                    "Unknown province '" + value + "'; the registry holds " + places.provinceNames()));
            codes.add(province.code());
        }
        return codes;
    }

    /** District names may be ambiguous on their own ("Cao Lãnh"): then every district of that name is meant. */
    private static Set<String> districts(MultiValueMap<String, String> params, AdminUnitDirectory places,
            Set<String> provinceCodes) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values(params, "district")) {
            List<String> scopes = provinceCodes.isEmpty() ? java.util.Collections.singletonList(null)
                    : List.copyOf(provinceCodes);
            Set<String> matched = new LinkedHashSet<>();
            for (String province : scopes) {
                DistrictMatch match = places.district(province, value, null, null);
                if (match.found()) {
                    matched.add(match.district().code());
                } else {
                    matched.addAll(sameBareName(places, province, value));
                }
            }
            if (matched.isEmpty()) {
                throw ApiException.badParameter("district", "Unknown district '" + value + "'"
                        + (provinceCodes.isEmpty() ? "" : " in the province(s) given"));
            }
            codes.addAll(matched);
        }
        return codes;
    }

    private static List<String> sameBareName(AdminUnitDirectory places, String provinceCode, String written) {
        String folded = vn.kcnatlas.text.VietnameseText.fold(written);
        return places.districts().stream()
                .filter(d -> provinceCode == null || d.provinceCode().equals(provinceCode))
                .filter(d -> vn.kcnatlas.text.VietnameseText.fold(d.name()).equals(folded))
                .map(vn.kcnatlas.district.District::code).toList();
    }

    private static FigureFilter figures(MultiValueMap<String, String> params) {
        Double minOccupancy = number(params, "minOccupancyPct", "a percentage", 0, 100);
        Double maxOccupancy = number(params, "maxOccupancyPct", "a percentage", 0, 100);
        if (minOccupancy != null && maxOccupancy != null && minOccupancy > maxOccupancy) {
            throw ApiException.badParameter("minOccupancyPct", "minOccupancyPct (" + minOccupancy
                    + ") is above maxOccupancyPct (" + maxOccupancy + ")");
        }
        return new FigureFilter(number(params, "minAvailableHa", "a number of hectares", 0, Double.MAX_VALUE),
                minOccupancy, maxOccupancy, flag(params, "includeUnknown", false));
    }

    /**
     * Whether the zones come with their boundaries; with {@code boundaries=false} each carries only its
     * bounding box, which is all a list or a map of pins needs. A {@code zoom} to draw no boundary at is refused.
     */
    static boolean boundaries(MultiValueMap<String, String> params) {
        boolean wanted = flag(params, "boundaries", true);
        if (!wanted && single(params, "zoom") != null) {
            throw ApiException.badParameter("zoom", "zoom says how boundaries are drawn, and boundaries=false"
                    + " asks for none: give one or the other");
        }
        return wanted;
    }

    private static boolean flag(MultiValueMap<String, String> params, String name, boolean absent) {
        String text = single(params, name);
        if (text != null && !text.equals("true") && !text.equals("false")) {
            throw ApiException.badParameter(name, name + " must be true or false, got '" + text + "'");
        }
        return text == null ? absent : text.equals("true");
    }

    /**
     * The detail {@code zoom} asks zones to be drawn at (boundaries simplified for a web map of that zoom,
     * zones smaller than a pin there as their point), or null for full boundaries.
     */
    static Generalisation detail(MultiValueMap<String, String> params) {
        Double zoom = number(params, "zoom", "a zoom level from 0 to " + MAX_ZOOM, 0, MAX_ZOOM);
        if (zoom == null) {
            return null;
        }
        if (zoom != Math.rint(zoom)) {
            throw ApiException.badParameter("zoom", "zoom must be a whole zoom level from 0 to " + MAX_ZOOM + ", got "
                    + single(params, "zoom"));
        }
        return Generalisation.ofZoom(zoom.intValue());
    }

    private static Double number(MultiValueMap<String, String> params, String name, String what, double min,
            double max) {
        String text = single(params, name);
        if (text == null) {
            return null;
        }
        double value = Decimals.parse(text).orElseThrow(
                () -> ApiException.badParameter(name, name + " must be " + what + ", got '" + text + "'"));
        if (value < min || value > max) {
            throw ApiException.badParameter(name, name + " must be " + what + " ≥ " + formatted(min)
                    + (max < Double.MAX_VALUE ? " and ≤ " + formatted(max) : "") + ", got " + text);
        }
        return value;
    }

    private static String formatted(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }

    private static BoundingBox bbox(MultiValueMap<String, String> params) {
        String text = single(params, "bbox");
        if (text == null) {
            return null;
        }
        try {
            return BoundingBox.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("bbox", e.getMessage());
        }
    }

    private static String single(MultiValueMap<String, String> params, String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
        if (values.size() > 1) {
            throw ApiException.badParameter(name, name + " may be given once, got " + values.size() + " values");
        }
        return values.isEmpty() ? null : values.get(0).strip();
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        return params.getOrDefault(name, List.of()).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
