package vn.kcnatlas.io;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The importer on the command line:
 *
 * <pre>
 * import districts|communes|zones|lots|sources|reports FILE... [--dry-run] [--skip-unmatched] [--add-units] [--layer=NAME]
 * </pre>
 *
 * Several files of one kind are imported one after the other, each all or nothing, in one start of the program
 * (a country's lots come in many files), stopping at the first refused. It prints progress and each report, and
 * exits 0 when every file was imported (or would be, on a dry run), 1 when one was refused, 2 on a usage error.
 */
@Component
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String USAGE = "usage: import districts|communes|zones|lots|sources|reports FILE... [--dry-run]"
            + " [--skip-unmatched] [--add-units] [--layer=NAME]";

    private final Importer importer;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    ImportCommand(Importer importer) {
        this.importer = importer;
    }

    /** Whether the program's arguments ask for an import rather than a server. */
    public static boolean isInvocation(String[] args) {
        return args.length > 0 && args[0].equals("import");
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !words.get(0).equals("import")) {
            return;
        }
        if (words.size() < 3 || !importer.kinds().contains(words.get(1))) {
            err.println(USAGE);
            exitCode = 2;
            return;
        }
        ImportOptions options = new ImportOptions(args.containsOption("dry-run"), args.containsOption("skip-unmatched"),
                args.containsOption("layer") ? args.getOptionValues("layer").get(0) : null, "import:cli", false,
                args.containsOption("add-units"));
        exitCode = 0;
        for (String file : words.subList(2, words.size())) {
            ImportReport report = importer.importFile(words.get(1), Path.of(file), options, new ConsoleProgress(err));
            print(report);
            if (!report.ok()) {
                exitCode = 1;
                return;
            }
        }
    }

    private void print(ImportReport report) {
        report.warnings().forEach(w -> out.println("warning: " + w.describe()));
        report.errors().forEach(e -> out.println("error: " + e.describe()));
        if (!report.ok()) {
            out.printf("REFUSED: %s holds %d problem(s); nothing was imported.%n", report.file(), report.errors().size());
        } else if (report.dryRun()) {
            out.printf("DRY RUN: %s, %d %s checked, no problems; nothing was written.%n", report.file(), report.read(),
                    report.kind());
        } else {
            out.printf("IMPORTED: %s, %d %s: %d created, %d updated, %d unchanged.%n", report.file(), report.read(),
                    report.kind(), report.created(), report.updated(), report.unchanged());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Prints progress at most every 10% and once a second. */
    private static final class ConsoleProgress implements ImportProgress {

        private final PrintStream err;
        private String phase = "";
        private int lastPercent = -1;
        private long lastPrinted;

        ConsoleProgress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void advanced(String newPhase, int done, int total) {
            int percent = total == 0 ? 100 : 100 * done / total;
            long now = System.currentTimeMillis();
            boolean phaseChanged = !newPhase.equals(phase);
            if (phaseChanged || done == total || (percent >= lastPercent + 10 && now - lastPrinted >= 1000)) {
                err.printf("[import] %s %d/%d (%d%%)%n", newPhase, done, total, percent);
                phase = newPhase;
                lastPercent = percent;
                lastPrinted = now;
            }
        }
    }
}
