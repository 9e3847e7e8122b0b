package vn.kcnatlas.nationwide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs bench/nationwide/Generate.java, as the benchmarks do, with the JDK that runs the tests. */
public final class NationwideGenerator {

    private static final Path PROGRAM = Path.of("bench", "nationwide", "Generate.java");

    private NationwideGenerator() {
    }

    /** Writes the synthetic dataset into {@code out}, with the generator's options (--zones 1700 …). */
    public static void run(Path out, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                PROGRAM.toString(), "--out", out.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("exit status of %s, which printed:%n%s", String.join(" ", command), output)
                .isZero();
    }
}
