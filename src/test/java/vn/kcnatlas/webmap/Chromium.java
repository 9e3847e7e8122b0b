package vn.kcnatlas.webmap;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, headless, for the browser tests. The paths are
 * given to Selenium, so Selenium Manager never tries to download a browser or a driver. CHROMIUM and
 * CHROMEDRIVER override them on other machines. When CI=true or KCN_REQUIRE_POSTGIS=true (scripts/test),
 * a missing browser fails the tests instead of skipping them.
 */
final class Chromium {

    static final Path BINARY = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
    static final Path DRIVER = Path.of(Optional.ofNullable(System.getenv("CHROMEDRIVER"))
            .orElse("/usr/bin/chromedriver"));

    private Chromium() {
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("KCN_REQUIRE_POSTGIS"));
    }

    /** Why the browser tests cannot run here, or empty when they can. */
    static Optional<String> unavailableReason() {
        for (Path path : new Path[] {BINARY, DRIVER}) {
            if (!Files.isExecutable(path)) {
                return Optional.of(path + " is missing: install Debian's chromium and chromium-driver"
                        + " (apt-get install -y chromium chromium-driver), or set CHROMIUM and CHROMEDRIVER");
            }
        }
        return Optional.empty();
    }

    /**
     * A fresh headless browser with its own profile, which logs every network request (the performance
     * log) and the console (the browser log).
     */
    static ChromeDriver start(Path profile, int width, int height) throws IOException {
        System.setProperty("SE_OFFLINE", "true");
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--disable-features=Translate,OptimizationHints,MediaRouter", "--hide-scrollbars",
                "--lang=vi", "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL", "browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
