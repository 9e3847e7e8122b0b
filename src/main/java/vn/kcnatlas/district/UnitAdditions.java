package vn.kcnatlas.district;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;

import vn.kcnatlas.text.VietnameseText;

/**
 * Plans the districts, and their provinces, that a boundary file names and the registry lacks, for a ministry
 * loading a whole country into a registry that holds only some of it. A district is added when the file gives
 * its province, its name and its unit type; its code is made as the registry's are ("dong-thap.huyen-cao-lanh",
 * "dong-thap.tp-sa-dec") and its label point is a point inside its boundary. A province is added with the
 * first district naming it, labelled at that district's label point. One plan serves one file.
 */
public final class UnitAdditions {

    /** A district to add, with its province when that is new too (only on the first district naming it). */
    public record Addition(District district, Province newProvince) {
    }

    /** What planning one feature gave: an addition, or why there can be none. */
    public record Outcome(Addition addition, String problem) {
    }

    private final AdminUnitDirectory places;
    private final Map<String, Province> newProvinces = new LinkedHashMap<>();
    private final Set<String> districtCodes = new HashSet<>();

    public UnitAdditions(AdminUnitDirectory places) {
        this.places = places;
        places.districts().forEach(d -> districtCodes.add(d.code()));
    }

    /**
     * @param provinceName the province as the file writes it ("Đồng Tháp", "Tỉnh Đồng Tháp"), or null
     * @param written the district's name, with or without its unit prefix
     * @param unitType the unit type in a field of its own, or null
     */
    public Outcome add(String provinceName, String written, String unitType, Geometry boundary) {
        if (provinceName == null) {
            return refused("names no province, so its district cannot be added");
        }
        Optional<UnitType> type = UnitType.split(written).unitType()
                .or(() -> Optional.ofNullable(unitType).flatMap(UnitType::parse));
        if (type.isEmpty()) {
            return refused("gives no unit type (huyện, thành phố, thị xã, quận; in the name or a unit_type field),"
                    + " so '" + written + "' cannot be added");
        }
        Province existing = places.province(provinceName).orElse(null);
        String bareProvince = provinceName.strip().replaceFirst("(?iu)^tỉnh\\s+", "");
        Province province = existing != null ? existing : newProvinces.get(VietnameseText.fold(bareProvince));
        Province added = null;
        if (province == null) {
            String code = VietnameseText.slug(bareProvince);
            if (code.isEmpty() || places.province(code).isPresent()) {
                return refused("province '" + provinceName + "' cannot be added: its code '" + code
                        + "' is empty or taken");
            }
            added = new Province(code, bareProvince, boundary.getInteriorPoint(), null);
            province = added;
        }
        String name = UnitType.bare(written);
        String code = province.code() + "." + VietnameseText.slug((type.get() == UnitType.HUYEN
                || type.get() == UnitType.QUAN ? type.get().word() : type.get().abbreviation()) + " " + name);
        if (!districtCodes.add(code)) {
            return refused(District.displayName(type.get(), name) + " cannot be added: the code '" + code
                    + "' is already in the registry or earlier in the file");
        }
        if (added != null) {
            newProvinces.put(VietnameseText.fold(bareProvince), added);
        }
        Addition addition = new Addition(new District(code, province.code(), name, type.get(),
                boundary.getInteriorPoint(), null, null, 1), added);
        return new Outcome(addition, null);
    }

    private static Outcome refused(String problem) {
        return new Outcome(null, problem);
    }
}
