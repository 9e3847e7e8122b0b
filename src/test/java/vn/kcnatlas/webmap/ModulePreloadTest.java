package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The web map's page names every module its entry imports, statically and through other modules, in
 * {@code <link rel="modulepreload">}: the browser then fetches them all at once, not one import level after
 * another (0.5–0.9 s of the national first view on a busy machine). Modules loaded with {@code import()}
 * are left out, being wanted later. The list is checked here, so that it cannot fall behind the imports.
 */
class ModulePreloadTest {

    private static final Path WEB = Path.of("web");
    private static final String ENTRY = "/js/main.js";
    /** {@code import … from '…'}, {@code export … from '…'} and {@code import '…'}; not {@code import(…)}. */
    private static final Pattern STATIC_IMPORT = Pattern.compile(
            "(?m)^\\s*(?:(?:import|export)\\s[^'\"();]*?\\bfrom\\s*|import\\s*)'([^']+)'");
    private static final Pattern PRELOAD = Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">");

    @Test
    void theMapPagePreloadsExactlyTheModulesItsEntryImports() throws IOException {
        Set<String> imported = staticImports(ENTRY);
        String page = Files.readString(WEB.resolve("index.html"));
        Matcher links = PRELOAD.matcher(page);
        List<String> preloaded = links.results().map(m -> m.group(1)).toList();

        assertThat(page).contains("<script src=\"" + ENTRY + "\" type=\"module\"></script>");
        assertThat(imported).as("modules imported from " + ENTRY).hasSizeGreaterThan(20);
        assertThat(preloaded).as("the modulepreload links of index.html, in order; they should read:%n%s",
                imported.stream().map(path -> "  <link rel=\"modulepreload\" href=\"" + path + "\">")
                        .collect(Collectors.joining("\n")))
                .containsExactlyElementsOf(imported);
    }

    @Test
    void aDynamicImportIsNotTakenForAStaticOne() {
        String source = """
                import { a } from './a.js';
                import {
                  b,
                } from '../b.js';
                export { c } from './c.js';
                import './d.js';
                const later = () => import('./e.js');
                """;

        assertThat(STATIC_IMPORT.matcher(source).results().map(m -> m.group(1)))
                .containsExactly("./a.js", "../b.js", "./c.js", "./d.js");
    }

    /** Every module the entry reaches through static imports, as absolute paths, sorted. */
    private static Set<String> staticImports(String entry) throws IOException {
        Set<String> found = new TreeSet<>();
        Deque<String> toRead = new ArrayDeque<>(List.of(entry));
        while (!toRead.isEmpty()) {
            String module = toRead.pop();
            if (!found.add(module)) {
                continue;
            }
            String source = Files.readString(WEB.resolve(module.substring(1)));
            Path folder = Path.of(module).getParent();
            STATIC_IMPORT.matcher(source).results()
                    .map(m -> folder.resolve(m.group(1)).normalize().toString().replace('\\', '/'))
                    .forEach(toRead::push);
        }
        found.remove(entry);
        return found;
    }
}
