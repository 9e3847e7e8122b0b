package vn.kcnatlas.io;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.Imported;

/**
 * Runs imports all or nothing: every feature is checked first; if any fails, or the run is dry, nothing is
 * written and the report names each bad feature and why. Otherwise everything is written in one
 * transaction through the features' write units, which announce the change once it commits.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportService(TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    <T> ImportReport run(FeatureImport<T> kind, FeatureFile file, ImportOptions options, ImportProgress progress) {
        FeatureImport.Checked<T> checked = kind.check(file, options, progress);
        List<FeatureProblem> errors = new ArrayList<>(checked.errors());
        int read = file.features().size();
        if (read == 0) {
            errors.add(FeatureProblem.ofFile(file.name() + " holds no features"));
        }
        if (!errors.isEmpty() || options.dryRun()) {
            return ImportReport.refused(kind.kind(), file.name(), options.dryRun(), read, errors, checked.warnings());
        }
        Edit edit = new Edit(options.actor(), clock.instant(), "imported from " + file.name());
        Imported written = transactions.execute(status -> kind.write(checked.accepted(), options, edit, progress));
        log.info("Imported {} {} from {}: {} created, {} updated, {} unchanged", read, kind.kind(), file.name(),
                written.created(), written.updated(), written.unchanged());
        return new ImportReport(kind.kind(), file.name(), false, true, read, written.created(), written.updated(),
                written.unchanged(), List.of(), checked.warnings());
    }
}
