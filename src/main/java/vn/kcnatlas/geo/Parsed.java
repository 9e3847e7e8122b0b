package vn.kcnatlas.geo;

import java.util.List;
import java.util.Set;

/**
 * The outcome of reading one feature into a value: the value when it could be read, the problems that
 * stop it otherwise, and the properties that were not understood and so were ignored.
 */
public record Parsed<T>(T value, List<String> problems, Set<String> ignoredProperties) {

    public Parsed {
        problems = List.copyOf(problems);
        ignoredProperties = Set.copyOf(ignoredProperties);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
