package vn.kcnatlas.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import vn.kcnatlas.change.UnknownRecordException;

/** A zone's versions as its history tells them: who changed what, when and why, and each version as it was. */
@Service
public class ZoneHistory {

    /** Bookkeeping that changes with every version, so it says nothing about what changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "updatedBy");

    private final ZoneHistoryRepository history;
    private final JsonMapper json;

    ZoneHistory(ZoneHistoryRepository history, JsonMapper json) {
        this.history = history;
        this.json = json;
    }

    /**
     * One version of a zone, as the history lists it.
     *
     * @param at when, ISO-8601
     * @param changedProperties the properties whose value this version changed, bookkeeping aside
     */
    public record Version(int version, String action, String by, String at, String comment,
            Set<String> changedProperties, boolean geometryChanged) {
    }

    /** Every version of a zone, newest first, each with what it changed. */
    public List<Version> versions(String code) {
        List<HistoryEntry> entries = history.entries(code);
        if (entries.isEmpty()) {
            throw new UnknownRecordException("Zone", code);
        }
        List<Version> versions = new ArrayList<>();
        for (HistoryEntry entry : entries.reversed()) {
            JsonNode before = entry.beforeJson() == null ? null : json.readTree(entry.beforeJson());
            JsonNode after = json.readTree(entry.afterJson());
            boolean geometryChanged = before == null ? !after.path("geometry").isNull()
                    : !before.path("geometry").equals(after.path("geometry"));
            versions.add(new Version(entry.version(), entry.action().code(), entry.by(), entry.at().toString(),
                    entry.comment(), changedProperties(before, after), geometryChanged));
        }
        return versions;
    }

    /** A zone as it was at a version: the stored feature its history kept. */
    public Optional<JsonNode> asOf(String code, int version) {
        return history.entry(code, version).map(entry -> json.readTree(entry.afterJson()));
    }

    /** The properties whose value differs; a property absent counts as null. */
    private static Set<String> changedProperties(JsonNode before, JsonNode after) {
        JsonNode was = before == null ? NullNode.getInstance() : before.path("properties");
        JsonNode now = after.path("properties");
        Set<String> names = new TreeSet<>(now.propertyNames());
        names.addAll(was.propertyNames());
        names.removeAll(BOOKKEEPING);
        names.removeIf(name -> valueOf(was, name).equals(valueOf(now, name)));
        return names;
    }

    private static JsonNode valueOf(JsonNode properties, String name) {
        JsonNode value = properties.get(name);
        return value == null ? NullNode.getInstance() : value;
    }
}
