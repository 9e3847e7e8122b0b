package vn.kcnatlas.district;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;

import vn.kcnatlas.text.VietnameseText;

/**
 * Finds provinces and districts by the names sources give them. Sources disagree: "H. Cao Lãnh",
 * "huyện Cao Lãnh", "Cao Lãnh" with a unit type of "huyện", "Huyen Cao Lanh"; "TP Hồng Ngự" that a
 * older source still calls "Thi xa Hong Ngu". Names are compared folded (no diacritics, no case), with
 * the unit prefix split off and compared separately.
 */
public final class AdminUnitDirectory {

    private final List<Province> provinces;
    private final List<District> districts;

    public AdminUnitDirectory(List<Province> provinces, List<District> districts) {
        this.provinces = List.copyOf(provinces);
        this.districts = List.copyOf(districts);
    }

    public List<Province> provinces() {
        return provinces;
    }

    public List<District> districts() {
        return districts;
    }

    /** A province by code ("kien-giang") or name, with or without diacritics or the word "tỉnh". */
    public Optional<Province> province(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(written).replaceFirst("^tinh ", "");
        return provinces.stream()
                .filter(p -> p.code().equals(written.strip()) || VietnameseText.fold(p.name()).equals(folded)
                        || VietnameseText.fold(p.code()).equals(folded))
                .findFirst();
    }

    public String provinceNames() {
        return provinces.stream().map(Province::name).collect(Collectors.joining(", "));
    }

    public Optional<District> districtByCode(String code) {
        return districts.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * Finds the district someone means.
     *
     * @param provinceCode limits the search to one province; null to search all
     * @param written the name as written, with or without its unit prefix, or a district code
     * @param unitType the unit type a source gives in a separate field, or null
     * @param footprint a geometry of the thing being placed (such as an imported boundary); when several
     *     districts match by name, the one whose label point lies inside it wins. May be null.
     */
    public DistrictMatch district(String provinceCode, String written, String unitType, Geometry footprint) {
        if (written == null || written.isBlank()) {
            return DistrictMatch.notFound("district name is missing");
        }
        Optional<District> byCode = districtByCode(written.strip())
                .filter(d -> provinceCode == null || d.provinceCode().equals(provinceCode));
        if (byCode.isPresent()) {
            return DistrictMatch.found(byCode.get());
        }
        // A bare name may begin like a unit prefix ("Quan Sơn" is not "quận Sơn"), so try it whole first.
        UnitType.WrittenName whole = new UnitType.WrittenName(Optional.empty(), VietnameseText.fold(written));
        List<District> sameWholeName = named(provinceCode, whole.foldedName());
        UnitType.WrittenName name = sameWholeName.isEmpty() ? UnitType.split(written) : whole;
        Optional<UnitType> type = name.unitType().or(() -> Optional.ofNullable(unitType).flatMap(UnitType::parse));

        List<District> sameName = sameWholeName.isEmpty() ? named(provinceCode, name.foldedName()) : sameWholeName;
        if (sameName.isEmpty()) {
            return DistrictMatch.notFound("no district named '" + written + "'"
                    + (provinceCode == null ? "" : " in " + provinceName(provinceCode)));
        }
        List<District> candidates = type.map(t -> narrowByType(sameName, t)).orElse(sameName);
        if (candidates.size() > 1 && footprint != null) {
            List<District> containing = candidates.stream()
                    .filter(d -> d.labelPoint() != null && footprint.contains(d.labelPoint())).toList();
            if (!containing.isEmpty()) {
                candidates = containing;
            }
        }
        if (candidates.isEmpty()) {
            return DistrictMatch.notFound("no " + type.get().word() + " named '" + name.foldedName() + "'"
                    + (provinceCode == null ? "" : " in " + provinceName(provinceCode)) + "; there is "
                    + sameName.stream().map(District::displayName).collect(Collectors.joining(", ")));
        }
        return candidates.size() == 1 ? DistrictMatch.found(candidates.get(0))
                : DistrictMatch.ambiguous(written, candidates.stream()
                        .map(d -> d.displayName() + " (" + provinceName(d.provinceCode()) + ")").toList());
    }

    private List<District> named(String provinceCode, String foldedName) {
        return districts.stream()
                .filter(d -> provinceCode == null || d.provinceCode().equals(provinceCode))
                .filter(d -> VietnameseText.fold(d.name()).equals(foldedName))
                .toList();
    }

    /**
     * The districts of the wanted type; failing that, for an urban unit, the urban districts, since a town
     * (thị xã) that became a city (thành phố) keeps being called a town in older sources.
     */
    private static List<District> narrowByType(List<District> districts, UnitType type) {
        List<District> exact = districts.stream().filter(d -> d.unitType() == type).toList();
        if (!exact.isEmpty() || !type.isUrban()) {
            return exact;
        }
        return districts.stream().filter(d -> d.unitType().isUrban()).toList();
    }

    /** The name of the province with this code, or the code when there is none. */
    public String provinceName(String provinceCode) {
        return provinces.stream().filter(p -> p.code().equals(provinceCode)).map(Province::name).findFirst()
                .orElse(provinceCode);
    }
}
