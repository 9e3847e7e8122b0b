package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A browser test of the web map: one headless Chromium for the class, the page at desktop size before each
 * step, a screenshot when a step fails, and no console error that the step did not provoke on purpose.
 */
@RequiresChromium
abstract class WebMapInBrowser extends WebMapAppTest {

    static final int DESKTOP_WIDTH = 1366;
    static final int DESKTOP_HEIGHT = 900;

    private static final Path PROFILE = Path.of("target", "chromium-profile-" + ProcessHandle.current().pid());

    static ChromeDriver driver;

    @LocalServerPort
    int port;

    WebMapPage page;
    /** Console errors a step provokes on purpose (a request the server refuses), by a part of their text. */
    final List<String> expectedConsoleErrors = new ArrayList<>();

    /** What the browser showed when a step failed, next to the steps' own screenshots. */
    @RegisterExtension
    final TestWatcher failureScreenshot = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (page != null) {
                page.screenshot("failed-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Chromium.start(PROFILE, DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        FileSystemUtils.deleteRecursively(PROFILE);
    }

    @BeforeEach
    void desktop() {
        page = new WebMapPage(driver, "http://localhost:" + port);
        page.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    /** A GET from the open page, as its scripts make it: the answer's text. */
    String fetch(String path) {
        return (String) page.asyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => r.text()).then(done);", path);
    }

    /** No script error, failed load or CSP violation may reach the console in any step. */
    @AfterEach
    void consoleStayedClean() {
        assertThat(consoleErrors()).as("console errors").isEmpty();
    }

    /** The console's errors since it was last read, but those the step expects. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(message -> expectedConsoleErrors.stream().noneMatch(message::contains)).toList();
    }
}
