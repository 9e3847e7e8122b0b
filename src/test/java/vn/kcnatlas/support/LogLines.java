package vn.kcnatlas.support;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Keeps what one logger writes from now on, for tests that check the log itself (the audit log). Start
 * it once the application runs: Spring Boot sets logging up afresh when it starts.
 */
public final class LogLines implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger;

    private LogLines(String name) {
        logger = (Logger) LoggerFactory.getLogger(name);
        appender.start();
        logger.addAppender(appender);
    }

    public static LogLines of(String logger) {
        return new LogLines(logger);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }

    /** Every line so far, formatted, with its level in front: {@code WARN login failed …}. */
    public List<String> lines() {
        synchronized (appender) {
            return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        }
    }
}
