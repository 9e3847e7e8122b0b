package vn.kcnatlas.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.Imported;
import vn.kcnatlas.report.SourceDocument;
import vn.kcnatlas.report.SourceRepository;

/**
 * Imports source documents from a CSV table with the columns of geodata/sources.csv, so that reports and zones
 * imported next can cite them. A document already stored is left as it is when the row repeats it, and the row
 * refused when it differs: the importer adds documents, it does not rewrite what others cite.
 */
@Component
class SourceImport implements FeatureImport<SourceDocument> {

    static final List<String> COLUMNS = List.of("id", "title", "issuer", "issued", "kind", "url");

    private final SourceRepository sources;

    SourceImport(SourceRepository sources) {
        this.sources = sources;
    }

    @Override
    public String kind() {
        return "sources";
    }

    @Override
    public List<String> tableColumns() {
        return COLUMNS;
    }

    @Override
    public Checked<SourceDocument> check(FeatureFile file, ImportOptions options, ImportProgress progress) {
        Map<String, SourceDocument> stored = stored();
        List<SourceDocument> accepted = new ArrayList<>();
        List<FeatureProblem> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int done = 0;
        for (SourceFeature row : file.features()) {
            progress.advanced("checking", ++done, file.features().size());
            if (row.problem() != null) {
                errors.add(FeatureProblem.of(row, row.problem()));
                continue;
            }
            JsonNode p = row.properties();
            SourceDocument document = new SourceDocument(text(p, "id"), text(p, "title"), text(p, "issuer"),
                    text(p, "issued"), text(p, "kind"), text(p, "url"));
            List<String> problems = new ArrayList<>(document.problems());
            if (document.id() != null && !seen.add(document.id())) {
                problems.add("id '" + document.id() + "' appears more than once in the file");
            }
            SourceDocument before = stored.get(document.id());
            if (before != null && !before.equals(document)) {
                problems.add("source '" + document.id() + "' is stored with other details (" + before
                        + "); the importer adds sources and does not change them");
            }
            problems.forEach(problem -> errors.add(FeatureProblem.of(row, problem)));
            if (problems.isEmpty()) {
                accepted.add(document);
            }
        }
        return new Checked<>(accepted, errors, List.of());
    }

    @Override
    public Imported write(List<SourceDocument> accepted, ImportOptions options, Edit edit, ImportProgress progress) {
        Map<String, SourceDocument> stored = stored();
        List<Imported.Outcome> outcomes = new ArrayList<>();
        for (SourceDocument document : accepted) {
            if (stored.containsKey(document.id())) {
                outcomes.add(Imported.Outcome.UNCHANGED);
            } else {
                sources.insert(document);
                outcomes.add(Imported.Outcome.CREATED);
            }
            progress.advanced("writing", outcomes.size(), accepted.size());
        }
        return Imported.of(outcomes);
    }

    private Map<String, SourceDocument> stored() {
        return sources.all().stream().collect(Collectors.toMap(SourceDocument::id, Function.identity()));
    }

    static String text(JsonNode properties, String column) {
        JsonNode value = properties.get(column);
        return value == null ? null : value.asString();
    }
}
