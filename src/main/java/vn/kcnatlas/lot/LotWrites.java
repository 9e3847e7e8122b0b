package vn.kcnatlas.lot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kcnatlas.change.DuplicateRecordException;
import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.Imported;
import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.change.StaleVersionException;
import vn.kcnatlas.change.UnknownRecordException;
import vn.kcnatlas.zone.ZoneRepository;

/**
 * The one way lots are written, by the importer, the seed and the write API alike, the way
 * {@link vn.kcnatlas.zone.ZoneWrites} writes zones: checked ({@link #check}), versioned, recorded in the
 * lot history, and announced once committed. A zone's lot totals come from its lots, so every write
 * refreshes them in the same transaction and redraws the zone too; illustrative lots are counted but
 * never summed ({@link ZoneRepository#refreshLotTotals}).
 */
@Service
public class LotWrites {

    private final LotRepository lots;
    private final ZoneRepository zones;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    LotWrites(LotRepository lots, ZoneRepository zones, TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.lots = lots;
        this.zones = zones;
        this.transactions = transactions;
        this.events = events;
    }

    /**
     * A check for a batch of lots.
     *
     * @param replacing the ids ({@code zone/code}) of the lots the batch writes
     */
    public LotCheck check(Collection<String> replacing) {
        return new LotCheck(zones, lots, replacing);
    }

    public Lot create(ValidLot valid, Edit edit) {
        Lot lot = valid.lot();
        return inTransaction(() -> {
            if (lots.find(lot.zoneCode(), lot.code()).isPresent()) {
                throw new DuplicateRecordException("Lot", lot.id());
            }
            Lot stored = lots.insert(lot, LotAction.CREATE, edit);
            settle(lot.zoneCode(), List.of(stored.boundary()));
            return stored;
        });
    }

    /** @throws StaleVersionException if the lot is no longer at {@code basedOn} */
    public Lot update(ValidLot valid, int basedOn, Edit edit) {
        Lot lot = valid.lot();
        return inTransaction(() -> replace(current(lot.zoneCode(), lot.code(), basedOn), lot, LotAction.UPDATE, edit));
    }

    /** Leases, reserves or frees a lot, leaving the rest of it as it is. */
    public Lot changeStatus(String zoneCode, String code, LotStatus status, int basedOn, Edit edit) {
        return inTransaction(() -> {
            Lot before = current(zoneCode, code, basedOn);
            return replace(before, before.withStatus(status), LotAction.STATUS, edit);
        });
    }

    public void delete(String zoneCode, String code, int basedOn, Edit edit) {
        inTransaction(() -> {
            Lot before = current(zoneCode, code, basedOn);
            lots.delete(before, edit);
            settle(zoneCode, List.of(before.boundary()));
            return null;
        });
    }

    /**
     * Writes a batch: new lots are created, known ones updated over their current version, unchanged
     * ones left alone. The zones' totals are refreshed and the change announced once for the whole batch.
     *
     * @param progress told how many lots are done after each
     */
    public Imported importAll(List<ValidLot> batch, LotAction action, Edit edit, IntConsumer progress) {
        return inTransaction(() -> {
            List<Geometry> touched = new ArrayList<>();
            Set<String> zoneCodes = new LinkedHashSet<>();
            List<Imported.Outcome> outcomes = new ArrayList<>();
            // The stored lots of each zone the batch names, read once per zone rather than once per lot.
            Map<String, Map<String, Lot>> stored = new HashMap<>();
            List<Lot> created = new ArrayList<>();
            for (ValidLot valid : batch) {
                Lot before = stored.computeIfAbsent(valid.lot().zoneCode(), zone -> lots.findByZone(zone).stream()
                        .collect(Collectors.toMap(Lot::code, Function.identity()))).get(valid.lot().code());
                Imported.Outcome outcome = importOne(Optional.ofNullable(before), valid.lot(), action, edit, touched,
                        created);
                if (outcome != Imported.Outcome.UNCHANGED) {
                    zoneCodes.add(valid.lot().zoneCode());
                }
                outcomes.add(outcome);
                progress.accept(outcomes.size());
            }
            lots.insertAll(created, action, edit);
            settle(zoneCodes, touched);
            return Imported.of(outcomes);
        });
    }

    /** Updates a changed lot at once; a new one goes to {@code created}, stored with the others at the end. */
    private Imported.Outcome importOne(Optional<Lot> before, Lot lot, LotAction action, Edit edit,
            List<Geometry> touched, List<Lot> created) {
        if (before.isPresent() && before.get().sameContentAs(lot)) {
            return Imported.Outcome.UNCHANGED;
        }
        if (before.isEmpty()) {
            created.add(lot);
        } else {
            lots.update(before.get(), lot, action, edit);
            touched.add(before.get().boundary());
        }
        touched.add(lot.boundary());
        return before.isEmpty() ? Imported.Outcome.CREATED : Imported.Outcome.UPDATED;
    }

    private Lot replace(Lot before, Lot after, LotAction action, Edit edit) {
        if (before.sameContentAs(after)) {
            return before;
        }
        Lot stored = lots.update(before, after, action, edit);
        settle(before.zoneCode(), List.of(before.boundary(), stored.boundary()));
        return stored;
    }

    private Lot current(String zoneCode, String code, int basedOn) {
        Lot lot = lots.find(zoneCode, code).orElseThrow(() -> new UnknownRecordException("Lot", zoneCode + "/" + code));
        if (lot.version() != basedOn) {
            throw new StaleVersionException("Lot " + lot.id(), basedOn);
        }
        return lot;
    }

    private void settle(String zoneCode, List<Geometry> touched) {
        settle(Set.of(zoneCode), touched);
    }

    /**
     * Refreshes the lot totals of the zones whose lots changed, and announces the change: the lots, and
     * the zones, whose available area and occupancy come from their lots.
     */
    private void settle(Set<String> zoneCodes, List<Geometry> touched) {
        if (zoneCodes.isEmpty()) {
            return;
        }
        zones.refreshLotTotals(zoneCodes);
        List<Geometry> zoneBoundaries = zoneCodes.stream().map(zones::findByCode).flatMap(Optional::stream)
                .map(z -> (Geometry) z.zone().boundary()).toList();
        events.publishEvent(new MapDataChanged(MapDataChanged.LOTS, touched));
        events.publishEvent(new MapDataChanged(MapDataChanged.ZONES, zoneBoundaries));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
