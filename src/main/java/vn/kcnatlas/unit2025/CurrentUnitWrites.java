package vn.kcnatlas.unit2025;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kcnatlas.change.Imported;
import vn.kcnatlas.geo.Wgs84;

/**
 * The one way today's units are written: a new set replaces the old one whole, each province's boundary
 * the union of its communes'. Joins the caller's transaction, so an import stays all or nothing. Whoever
 * calls it first releases the zones placed in units the new set drops, and places the zones again after.
 */
@Service
public class CurrentUnitWrites {

    private final CurrentUnitRepository repository;
    private final TransactionTemplate transactions;

    CurrentUnitWrites(CurrentUnitRepository repository, TransactionTemplate transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    /**
     * @param provinceNames the name of each province the communes belong to, by code
     * @param progress told how many communes are done after each
     */
    public Imported replace(List<Commune> communes, Map<String, String> provinceNames, IntConsumer progress) {
        return transactions.execute(status -> {
            Map<String, Commune> before = repository.communes().stream()
                    .collect(Collectors.toMap(Commune::code, Function.identity()));
            provinceNames.forEach((code, name) -> repository.save(new CurrentProvince(code, name,
                    union(communes.stream().filter(c -> c.provinceCode().equals(code)).toList()),
                    communes.getFirst().source())));
            List<Imported.Outcome> outcomes = new ArrayList<>();
            for (Commune commune : communes) {
                Commune old = before.get(commune.code());
                if (old == null) {
                    outcomes.add(Imported.Outcome.CREATED);
                } else if (sameAs(old, commune)) {
                    outcomes.add(Imported.Outcome.UNCHANGED);
                } else {
                    outcomes.add(Imported.Outcome.UPDATED);
                }
                repository.save(commune);
                progress.accept(outcomes.size());
            }
            repository.deleteAllBut(communes.stream().map(Commune::code).toList(), provinceNames.keySet());
            return Imported.of(outcomes);
        });
    }

    /** The source, the file's name, does not make a commune another one. */
    private static boolean sameAs(Commune old, Commune commune) {
        return old.provinceCode().equals(commune.provinceCode()) && old.name().equals(commune.name())
                && old.fullName().equals(commune.fullName()) && old.boundary().equalsExact(commune.boundary());
    }

    private static MultiPolygon union(List<Commune> communes) {
        return Wgs84.toMultiPolygon(UnaryUnionOp.union(communes.stream().map(c -> (Geometry) c.boundary()).toList()));
    }
}
