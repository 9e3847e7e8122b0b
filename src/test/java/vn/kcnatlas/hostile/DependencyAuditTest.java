package vn.kcnatlas.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Holds the hand-made dependency audit of RELIABILITY.md to the build: every dependency the audit names
 * with a version must be on the classpath at that version, so that a dependency that moves fails CI until
 * the audit is done again for its new version. (No auditor works offline here; RELIABILITY.md says why.)
 */
class DependencyAuditTest {

    private static final Path RELIABILITY = Path.of("RELIABILITY.md");
    private static final Pattern COORDINATE = Pattern.compile("`([\\w.-]+):([\\w.*-]+)`\\s*([\\w.-]*\\d[\\w.-]*)?");
    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.\\d+)+(?:[.-][\\w]+)?");
    private static final Pattern JAR = Pattern.compile("/repository/(.+)/([^/]+)/([^/]+)/\\2-\\3(?:-[^/]+)?\\.jar!");

    /** One dependency the audit checked: a group, an artifact (a trailing {@code *} for a family), a version. */
    record Audited(String group, String artifact, String version) {

        boolean names(Jar jar) {
            return jar.group().equals(group) && (artifact.endsWith("*")
                    ? jar.artifact().startsWith(artifact.substring(0, artifact.length() - 1))
                    : jar.artifact().equals(artifact));
        }
    }

    record Jar(String group, String artifact, String version) {}

    @Test
    void everyAuditedDependencyIsOnTheClasspathAtTheVersionAudited() throws IOException {
        List<Audited> audited = audited();
        Set<Jar> jars = classpath();
        assertThat(audited).as("dependencies named with a version in RELIABILITY.md's audit").hasSizeGreaterThan(15);
        for (Audited dependency : audited) {
            List<Jar> found = jars.stream().filter(dependency::names).toList();
            assertThat(found).as("%s:%s on the test classpath", dependency.group(), dependency.artifact()).isNotEmpty();
            assertThat(found).as("%s:%s was audited at %s: audit it again for the version the build takes, "
                    + "and update RELIABILITY.md", dependency.group(), dependency.artifact(), dependency.version())
                    .allSatisfy(jar -> assertThat(jar.version()).isEqualTo(dependency.version()));
        }
    }

    /** The rows of the audit's table whose first cell names dependencies and whose versions are given. */
    private static List<Audited> audited() throws IOException {
        String text = Files.readString(RELIABILITY, StandardCharsets.UTF_8);
        String audit = text.substring(text.indexOf("### Dependency audit"));
        List<Audited> audited = new ArrayList<>();
        for (String row : audit.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = row.split("\\|");
            String versions = cells[2].strip();
            Matcher coordinate = COORDINATE.matcher(cells[1]);
            while (coordinate.find()) {
                String version = coordinate.group(3) != null ? coordinate.group(3) : last(versions);
                if (version != null) {
                    audited.add(new Audited(coordinate.group(1), coordinate.group(2), version));
                }
            }
        }
        return audited;
    }

    /** The last version in a cell: "11.0.27 → **11.0.29**" was upgraded to 11.0.29. */
    private static String last(String cell) {
        Matcher version = VERSION.matcher(cell);
        String last = null;
        while (version.find()) {
            last = version.group();
        }
        return last;
    }

    /**
     * Every jar of the Maven repository on the classpath, found through its manifest or, for the jars that
     * have none (the Leaflet webjar), its META-INF folder: the classpath itself may be one manifest-only jar.
     */
    private static Set<Jar> classpath() throws IOException {
        Set<Jar> jars = new HashSet<>();
        ClassLoader loader = DependencyAuditTest.class.getClassLoader();
        for (String entry : List.of("META-INF/MANIFEST.MF", "META-INF/")) {
            for (URL url : Collections.list(loader.getResources(entry))) {
                Matcher jar = JAR.matcher(url.toString());
                if (jar.find()) {
                    jars.add(new Jar(jar.group(1).replace('/', '.'), jar.group(2), jar.group(3)));
                }
            }
        }
        return jars;
    }
}
