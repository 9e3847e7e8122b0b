package vn.kcnatlas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The nationwide synthetic dataset, at test size or at the size a test asks for, written by the benchmark's
 * own generator (bench/nationwide/Generate.java) run as a program with the running JDK, as
 * bench/nationwide/load runs it.
 */
public final class NationwideFiles {

    static final int ZONES = 40;
    static final int LOTS = 2_000;
    static final int YEARS = 8;
    private static Path generated;

    private NationwideFiles() {
    }

    /** One generated dataset per test JVM (seed 15), shared by the classes that only read it. */
    static synchronized Path generated() throws IOException, InterruptedException {
        if (generated == null) {
            generated = generate(Files.createTempDirectory("kcn-nationwide-"), 15);
        }
        return generated;
    }

    static Path generate(Path out, long seed) throws IOException, InterruptedException {
        return generate(out, "--seed", Long.toString(seed), "--zones", Integer.toString(ZONES), "--lots",
                Integer.toString(LOTS), "--years", Integer.toString(YEARS));
    }

    /** Writes a dataset into {@code out} with the generator's own options (--zones 1700 --lots 0 …). */
    public static Path generate(Path out, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/nationwide/Generate.java", "--out", out.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("the generator failed: " + output);
        }
        return out;
    }

    /** The files of the dataset, sorted by name. */
    static List<Path> files(Path dir, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }
}
