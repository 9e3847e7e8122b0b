package vn.kcnatlas.zone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.locationtech.jts.geom.Geometry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.change.BoundaryRepair;
import vn.kcnatlas.change.ChangeProblem;
import vn.kcnatlas.change.DuplicateRecordException;
import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.FeatureInput;
import vn.kcnatlas.change.Imported;
import vn.kcnatlas.change.InvalidChangeException;
import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.change.StaleVersionException;
import vn.kcnatlas.change.UnknownRecordException;
import vn.kcnatlas.contact.ContactRepository;
import vn.kcnatlas.district.AdminUnitRepository;
import vn.kcnatlas.district.AdminUnits;
import vn.kcnatlas.district.District;
import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.check.AreasNear;
import vn.kcnatlas.geo.check.NamedArea;
import vn.kcnatlas.survey.MarkerSurvey;

/**
 * The one way zones are written, by the importer, the seed and the write API alike: a zone is checked
 * ({@link #check()}), written at the next version if it is still at the version the writer read,
 * recorded in the history with who, when and why, all in one transaction; once that commits, a
 * {@link MapDataChanged} carrying the old and new geometries lets every map cache, on every instance,
 * drop exactly what changed. A write joins the caller's transaction when there is one, so an import
 * stays all or nothing.
 */
@Service
public class ZoneWrites {

    private final ZoneRepository zones;
    private final ZoneMarkerRepository markers;
    private final ZoneHistoryRepository history;
    private final ZoneUnitPlacement placement;
    private final AdminUnits adminUnits;
    private final AdminUnitRepository districts;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final ContactRepository contacts;

    ZoneWrites(ZoneRepository zones, ZoneMarkerRepository markers, ZoneHistoryRepository history,
            ZoneUnitPlacement placement, AdminUnits adminUnits, AdminUnitRepository districts,
            TransactionTemplate transactions, ApplicationEventPublisher events, JsonMapper json,
            ContactRepository contacts) {
        this.zones = zones;
        this.markers = markers;
        this.history = history;
        this.placement = placement;
        this.adminUnits = adminUnits;
        this.districts = districts;
        this.transactions = transactions;
        this.events = events;
        this.json = json;
        this.contacts = contacts;
    }

    /**
     * A check of zones against the registry as it is now; make one per batch.
     *
     * @param replacing the codes of the zones the batch writes: their stored boundaries are not in the way
     *     of their new ones
     */
    public ZoneCheck check(Collection<String> replacing) {
        Map<String, Optional<Geometry>> boundaries = new HashMap<>();
        Function<String, Optional<Geometry>> districtBoundary = code -> boundaries.computeIfAbsent(code,
                c -> districts.district(c).map(District::boundary));
        Set<String> replaced = Set.copyOf(replacing);
        AreasNear storedZones = box -> zones.find(ZoneQuery.inBox(
                new BoundingBox(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()))).stream()
                .map(ZoneView::zone)
                .filter(z -> Lifecycle.IN_PLAN.contains(z.lifecycle()) && !replaced.contains(z.code()))
                .map(z -> new NamedArea(z.code(), z.name(), z.boundary())).toList();
        return new ZoneCheck(adminUnits.directory(), districtBoundary, storedZones, contacts::exists);
    }

    /** Stores a new zone at version 1. */
    public ZoneView create(ValidZone valid, Edit edit) {
        Zone zone = valid.zone();
        return inTransaction(() -> {
            if (zones.exists(zone.code())) {
                throw new DuplicateRecordException("Zone", zone.code());
            }
            requireReasonForRemoval(null, zone, edit);
            zones.insert(zone, HistoryAction.CREATE, edit);
            ZoneView stored = placed(zone.code());
            announce(drawnAt(stored));
            return stored;
        });
    }

    /**
     * Replaces a zone's content, provided it is still at {@code basedOn}. A zone sent back unchanged
     * makes no new version.
     *
     * @throws StaleVersionException if the zone is at another version
     */
    public ZoneView update(ValidZone valid, int basedOn, Edit edit) {
        return update(valid, basedOn, edit, null);
    }

    /**
     * As {@link #update(ValidZone, int, Edit)}, with a planner's choice of the zone's commune in today's
     * units in the same transaction.
     *
     * @param choice null for none
     */
    public ZoneView update(ValidZone valid, int basedOn, Edit edit, CommuneChoice choice) {
        return inTransaction(() -> {
            ZoneView updated = replace(valid.zone(), basedOn, HistoryAction.UPDATE, edit);
            if (choice == null) {
                return updated;
            }
            placement.choose(valid.zone().code(), choice.communeCode());
            return current(valid.zone().code());
        });
    }

    /**
     * Makes a survey's boundary the zone's, provided the zone is still at {@code basedOn}, and stores the
     * survey's markers in place of those applied before, in the same transaction. The history names the
     * markers, their number and CRS, before any reason the planner gave.
     *
     * @param surveyed the zone with the survey's boundary, checked as any edit is
     * @throws StaleVersionException if the zone is at another version
     */
    public ZoneView applySurvey(ValidZone surveyed, MarkerSurvey survey, int basedOn, Edit edit) {
        String what = "boundary from " + survey.markers().size() + " survey markers (" + survey.zone().code() + ")";
        Edit applying = new Edit(edit.by(), edit.at(), edit.comment() == null ? what : what + ": " + edit.comment());
        return inTransaction(() -> {
            List<Geometry> touched = new ArrayList<>(markers.positions(surveyed.zone().code()).stream().toList());
            ZoneView after = replace(surveyed.zone(), basedOn, HistoryAction.UPDATE, applying);
            markers.replace(after.zone().code(), survey, after.zone().revision().version(), applying);
            survey.markers().forEach(m -> touched.add(m.wgs84()));
            announce(touched);
            return after;
        });
    }

    /**
     * Makes a new version of a zone equal to an earlier one, provided the zone is still at {@code basedOn}.
     * The earlier version is checked as a new edit would be, against today's rules and places.
     */
    public ZoneView revert(String code, int version, int basedOn, Edit edit) {
        HistoryEntry earlier = history.entry(code, version)
                .orElseThrow(() -> new UnknownRecordException("Version", code + " v" + version));
        FeatureInput feature = FeatureInput.read(json.readTree(earlier.afterJson()), "zone", false);
        ZoneCheck.Outcome checked = check(List.of(code)).check(feature.id(), feature.properties(),
                feature.geometry(), BoundaryRepair.NONE);
        if (!checked.ok()) {
            throw new InvalidChangeException("zone", checked.errors());
        }
        Edit reverting = new Edit(edit.by(), edit.at(), edit.comment() != null ? edit.comment()
                : "reverted to version " + version);
        return inTransaction(() -> replace(checked.zone().zone(), basedOn, HistoryAction.REVERT, reverting));
    }

    /**
     * Writes a batch: new codes are created, known ones updated over their current version, unchanged
     * ones left alone. One change event covers the whole batch.
     *
     * @param progress told how many zones are done after each
     */
    public Imported importAll(List<ValidZone> batch, HistoryAction action, Edit edit, IntConsumer progress) {
        return inTransaction(() -> {
            List<Geometry> touched = new ArrayList<>();
            List<Imported.Outcome> outcomes = new ArrayList<>();
            for (ValidZone valid : batch) {
                outcomes.add(importOne(valid.zone(), action, edit, touched));
                progress.accept(outcomes.size());
            }
            announce(touched);
            return Imported.of(outcomes);
        });
    }

    private Imported.Outcome importOne(Zone zone, HistoryAction action, Edit edit, List<Geometry> touched) {
        Optional<ZoneView> before = zones.findByCode(zone.code());
        if (before.isPresent() && before.get().zone().sameContentAs(zone)) {
            return Imported.Outcome.UNCHANGED;
        }
        requireReasonForRemoval(before.map(ZoneView::zone).orElse(null), zone, edit);
        if (before.isEmpty()) {
            zones.insert(zone, action, edit);
        } else {
            zones.update(before.get().zone(), zone, action, edit);
            touched.addAll(drawnAt(before.get()));
        }
        touched.addAll(drawnAt(placed(zone.code())));
        return before.isEmpty() ? Imported.Outcome.CREATED : Imported.Outcome.UPDATED;
    }

    private ZoneView replace(Zone zone, int basedOn, HistoryAction action, Edit edit) {
        ZoneView before = current(zone.code());
        if (before.zone().revision().version() != basedOn) {
            throw new StaleVersionException("Zone " + zone.code(), basedOn);
        }
        if (before.zone().sameContentAs(zone)) {
            return before;
        }
        requireReasonForRemoval(before.zone(), zone, edit);
        zones.update(before.zone(), zone, action, edit);
        ZoneView after = placed(zone.code());
        List<Geometry> touched = new ArrayList<>(drawnAt(before));
        touched.addAll(drawnAt(after));
        announce(touched);
        return after;
    }

    /** Taking a zone out of the plan is a decision someone must explain; the history keeps the reason. */
    private static void requireReasonForRemoval(Zone before, Zone after, Edit edit) {
        boolean removing = after.lifecycle() == Lifecycle.REMOVED_FROM_PLAN
                && (before == null || before.lifecycle() != Lifecycle.REMOVED_FROM_PLAN);
        if (removing && edit.comment() == null) {
            throw new InvalidChangeException("zone", List.of(new ChangeProblem("reason-required",
                    "taking a zone out of the plan (lifecycle removed_from_plan) needs a reason: send it as the"
                            + " feature's \"comment\" member", "/comment", null)));
        }
    }

    /**
     * The zone just written, placed again in today's units: its boundary, or without one its district,
     * decides where it lies.
     */
    private ZoneView placed(String code) {
        placement.place(current(code));
        return current(code);
    }

    private ZoneView current(String code) {
        return zones.findByCode(code).orElseThrow(() -> new UnknownRecordException("Zone", code));
    }

    /** Published inside the transaction, the event reaches its listeners once the transaction commits. */
    private void announce(List<Geometry> touched) {
        if (!touched.isEmpty()) {
            events.publishEvent(new MapDataChanged(MapDataChanged.ZONES, touched));
        }
    }

    /**
     * Where maps draw a zone: its boundary, or its marker while it has none, and its boundary markers,
     * which leave the maps with the zone when it leaves the plan.
     */
    private List<Geometry> drawnAt(ZoneView view) {
        List<Geometry> drawn = new ArrayList<>(2);
        drawn.add(view.zone().boundary() != null ? view.zone().boundary() : view.place().markerPoint());
        markers.positions(view.zone().code()).ifPresent(drawn::add);
        return drawn;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
