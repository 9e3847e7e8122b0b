package vn.kcnatlas.district;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return transactions.execute(status -> {
            Map<String, District> before = repository.districts().stream()
                    .collect(Collectors.toMap(District::code, Function.identity()));
            List<Geometry> touched = new ArrayList<>();
            List<Imported.Outcome> outcomes = new ArrayList<>();
            for (Boundary boundary : boundaries) {
                District current = before.get(boundary.districtCode());
                if (current.boundary() != null && current.boundary().equalsExact(boundary.boundary())) {
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
