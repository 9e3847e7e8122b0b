package vn.kcnatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The request log's appender: Spring Boot's console line, every line written, none lost at stop. */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogAppenderTest {

    /** Spring Boot's console pattern (defaults.xml) without its colours, with a fixed pid and name. */
    private static final String BOOT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p 4242 --- [kcn-atlas] [%15.15t] "
            + "%-40.40logger{39} : %m%n";

    private static final int QUEUE_SIZE = 16;

    private final LoggerContext context = new LoggerContext();
    private final RequestLogAppender appender = new RequestLogAppender();
    private Logger requests;

    @BeforeEach
    void start() {
        appender.setContext(context);
        appender.setPid("4242");
        appender.setApplicationName("kcn-atlas");
        appender.setQueueSize(QUEUE_SIZE);
        appender.start();
        requests = context.getLogger("vn.kcnatlas.requests");
        requests.setLevel(Level.INFO);
        requests.addAppender(appender);
    }

    @AfterEach
    void stop() {
        appender.stop();
        context.stop();
    }

    @Test
    void writesTheLineSpringBootsConsolePatternWouldWithoutColours(CapturedOutput output) {
        PatternLayout boot = new PatternLayout();
        boot.setContext(context);
        boot.setPattern(BOOT_PATTERN);
        boot.start();
        List<String> expected = new ArrayList<>();
        // A short thread name is padded to 15 characters, a long one keeps its last 15; millis 0-999 padded.
        for (String thread : List.of("main", "http-nio-127.0.0.1-8080-exec-12")) {
            for (long time : List.of(1_765_000_000_000L, 1_765_000_000_007L, 1_765_000_000_999L)) {
                LoggingEvent event = new LoggingEvent(Logger.class.getName(), requests, Level.INFO,
                        "GET /tiles/zones/12/3251/1927.png?style=investment 200 3ms", null, null);
                event.setThreadName(thread);
                event.setTimeStamp(time);
                expected.add(boot.doLayout(event));
                appender.doAppend(event);
            }
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains(String.join("", expected)));
        assertThat(expected.getFirst()).endsWith("[           main] vn.kcnatlas.requests                     : "
                + "GET /tiles/zones/12/3251/1927.png?style=investment 200 3ms" + System.lineSeparator());
    }

    @Test
    void writesEveryLineFromManyThreadsWholeAndInOrderPerThread(CapturedOutput output) throws InterruptedException {
        int threads = 4;
        int perThread = 100; // many times what the queue holds, so logging threads wait for the writer
        List<Thread> loggers = IntStream.range(0, threads).mapToObj(t -> Thread.ofPlatform().name("logger-" + t)
                .unstarted(() -> IntStream.range(0, perThread).forEach(i -> requests.info("GET /t/" + t + "/" + i + " 200 0ms"))))
                .toList();
        loggers.forEach(Thread::start);
        for (Thread logger : loggers) {
            logger.join();
        }
        appender.stop();

        List<String> lines = output.getOut().lines().filter(line -> line.contains("vn.kcnatlas.requests")).toList();
        assertThat(lines).hasSize(threads * perThread);
        for (int t = 0; t < threads; t++) {
            String prefix = "GET /t/" + t + "/";
            List<Integer> order = lines.stream().filter(line -> line.contains(" : " + prefix))
                    .map(line -> Integer.parseInt(line.substring(line.indexOf(prefix) + prefix.length(),
                            line.lastIndexOf(" 200 0ms"))))
                    .toList();
            assertThat(order).as("thread %d", t).isEqualTo(IntStream.range(0, perThread).boxed().toList());
        }
    }
}
