package vn.kcnatlas.district;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kcnatlas.change.Imported;
import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.geo.Wgs84;

/**
 * The one way district boundaries are written: each attached to its district, a province's boundary
 * made the union of its districts' once all have one, and the change announced once committed so the
 * maps drop what it touched. Joins the caller's transaction, so an import stays all or nothing.
 */
@Service
public class DistrictBoundaryWrites {

    /** A boundary for a district, and where it came from. */
    public record Boundary(String districtCode, MultiPolygon boundary, String source) {
    }

    private final AdminUnitRepository repository;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    DistrictBoundaryWrites(AdminUnitRepository repository, TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.transactions = transactions;
        this.events = events;
    }

    /**
     * Attaches boundaries to their districts; one that is already attached is left alone.
     *
     * @param progress told how many boundaries are done after each
     */
    public Imported attach(List<Boundary> boundaries, IntConsumer progress) {
        return attach(List.of(), boundaries, progress);
    }

    /**
     * Adds districts, and provinces, the registry lacks ({@link UnitAdditions}), then attaches the boundaries;
     * each added district counts as created.
     */
    public Imported attach(List<UnitAdditions.Addition> additions, List<Boundary> boundaries, IntConsumer progress) {
        return transactions.execute(status -> {
            Set<String> added = new HashSet<>();
            for (UnitAdditions.Addition addition : additions) {
                if (addition.newProvince() != null) {
                    repository.insert(addition.newProvince());
                }
                repository.insert(addition.district());
                added.add(addition.district().code());
            }
            Map<String, District> before = repository.districts().stream()
                    .collect(Collectors.toMap(District::code, Function.identity()));
            List<Geometry> touched = new ArrayList<>();
            List<Imported.Outcome> outcomes = new ArrayList<>();
            for (Boundary boundary : boundaries) {
                District current = before.get(boundary.districtCode());
                if (added.contains(boundary.districtCode())) {
                    repository.updateBoundary(boundary.districtCode(), boundary.boundary(), boundary.source());
                    touched.add(boundary.boundary());
                    outcomes.add(Imported.Outcome.CREATED);
                } else if (current.boundary() != null && current.boundary().equalsExact(boundary.boundary())) {
                    outcomes.add(Imported.Outcome.UNCHANGED);
                } else {
                    repository.updateBoundary(boundary.districtCode(), boundary.boundary(), boundary.source());
                    touched.add(current.boundary());
                    touched.add(boundary.boundary());
                    outcomes.add(Imported.Outcome.UPDATED);
                }
                progress.accept(outcomes.size());
            }
            unionProvinceBoundaries();
            events.publishEvent(new MapDataChanged(MapDataChanged.DISTRICTS, touched));
            return Imported.of(outcomes);
        });
    }

    private void unionProvinceBoundaries() {
        Map<String, List<District>> byProvince = repository.districts().stream()
                .collect(Collectors.groupingBy(District::provinceCode));
        byProvince.forEach((province, districts) -> {
            if (districts.stream().allMatch(d -> d.boundary() != null)) {
                Geometry union = UnaryUnionOp.union(districts.stream().map(d -> (Geometry) d.boundary()).toList());
                repository.updateProvinceBoundary(province, Wgs84.toMultiPolygon(union));
            }
        });
    }
}
