package vn.kcnatlas.zone;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.kcnatlas.change.ChangeProblem;
import vn.kcnatlas.change.InvalidChangeException;
import vn.kcnatlas.unit2025.CurrentUnits;
import vn.kcnatlas.unit2025.Placement;
import vn.kcnatlas.unit2025.UnitBasis;
import vn.kcnatlas.unit2025.UnitLocator;

/**
 * Keeps each zone's place in today's units: found by {@link UnitLocator} after every write of the zone and
 * every import of the units, unless a planner chose the commune; then only the province follows it. Runs in
 * the caller's transaction.
 */
@Service
public class ZoneUnitPlacement {

    /** The zone property a planner sets (or clears with null) to choose the commune. */
    public static final String PROPERTY = "commune2025Code";

    private final ZoneRepository zones;
    private final UnitLocator locator;

    ZoneUnitPlacement(ZoneRepository zones, UnitLocator locator) {
        this.zones = zones;
        this.locator = locator;
    }

    /** Places every zone, as after an import of today's units. */
    public void placeAll() {
        zones.find(ZoneQuery.ALL).forEach(this::place);
    }

    /**
     * Before today's units are replaced, lets go of every placement except a planner's choice of a commune
     * the new set keeps, so that no zone points at a unit about to go.
     */
    public void releaseAllBut(Collection<String> keptCommuneCodes) {
        Set<String> kept = Set.copyOf(keptCommuneCodes);
        for (ZoneView view : zones.find(ZoneQuery.ALL)) {
            CurrentUnits current = view.place().current();
            boolean chosenAndKept = current.basis() == UnitBasis.PLANNER && kept.contains(current.communeCode());
            if (current.basis() != null && !chosenAndKept) {
                zones.place(view.zone().code(), Placement.NONE);
            }
        }
    }

    /** The communes planners chose, by zone code. */
    public Map<String, String> chosenCommunes() {
        Map<String, String> chosen = new TreeMap<>();
        zones.find(ZoneQuery.ALL).stream().filter(v -> v.place().current().basis() == UnitBasis.PLANNER)
                .forEach(v -> chosen.put(v.zone().code(), v.place().current().communeCode()));
        return chosen;
    }

    /** Places a zone afresh from its boundary, or keeps the commune its planner chose. */
    void place(ZoneView view) {
        CurrentUnits current = view.place().current();
        Placement placement = current.basis() == UnitBasis.PLANNER
                ? locator.chosen(current.communeCode()).orElseThrow()
                : locator.place(view.zone().boundary(), view.place().markerPoint());
        if (!placement.equals(new Placement(current.communeCode(), current.provinceCode(), current.basis()))) {
            zones.place(view.zone().code(), placement);
        }
    }

    /**
     * A planner's choice of the zone's commune, or, with null, the end of it: the zone is placed from its
     * boundary again.
     *
     * @throws InvalidChangeException naming {@value #PROPERTY} when no imported commune has that code
     */
    void choose(String zoneCode, String communeCode) {
        if (communeCode == null) {
            zones.place(zoneCode, Placement.NONE);
            zones.findByCode(zoneCode).ifPresent(this::place);
            return;
        }
        Placement chosen = locator.chosen(communeCode).orElseThrow(() -> new InvalidChangeException("zone",
                List.of(new ChangeProblem("unknown-commune", PROPERTY + " '" + communeCode + "' is not one of"
                        + " today's communes; GET /api/communes lists those imported", "/properties/" + PROPERTY,
                        null))));
        zones.place(zoneCode, chosen);
    }
}
