package vn.kcnatlas.web;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.UnsynchronizedAppenderBase;

/**
 * Writes the request log ({@link RequestLog}, a line per request) to standard output from a queue, in the
 * layout of Spring Boot's console lines without colours:
 * {@code 2026-12-07T17:06:53.778Z  INFO 1490 --- [kcn-atlas] [.1-18090-exec-3] vn.kcnatlas.requests : GET /tiles/… 200 0ms}
 * (the logger's name padded to 40 characters, as Spring Boot does).
 *
 * <p>Logback's AsyncAppender in front of Spring Boot's console appender cost a sixth of the server's CPU on
 * a cached tile (bench/notes-cached.md): the console pattern's dozen converters for every line, and a
 * {@code write(2)} per line, since {@code System.out} flushes on every write. Here the line is laid out by
 * hand, and one writer thread writes the lines queued within 10 ms of the first in one go, rather than a
 * line at a time. Nothing is dropped: a full queue makes the request wait, as the AsyncAppender's
 * {@code discardingThreshold 0} did. Lines still queued when the process is killed are lost, as they were.
 */
public class RequestLogAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    private static final int DEFAULT_QUEUE_SIZE = 8192;
    private static final int LOGGER_WIDTH = 40;
    private static final int THREAD_WIDTH = 15;
    /**
     * How long the writer gathers lines after the first before it writes them: a write, and a wake-up of the
     * writer, per line cost 15 µs a request on an uncached vector tile; a line is out 10 ms later at most.
     */
    private static final long GATHER_MILLIS = 10;
    /** How long stopping waits for the queued lines to be written, as logback's AsyncAppender does. */
    private static final long STOP_WAIT_MILLIS = 1000;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("XXX");

    private int queueSize = DEFAULT_QUEUE_SIZE;
    private BlockingQueue<ILoggingEvent> queue;
    private final ZoneId zone = ZoneId.systemDefault();
    private String pid = "";
    private String applicationName = "";
    private Thread writer;

    /** The process id Spring Boot puts in each line ({@code ${PID}}). */
    public void setPid(String pid) {
        this.pid = pid == null ? "" : pid.strip();
    }

    /** The application name Spring Boot puts in brackets in each line; empty to leave it out. */
    public void setApplicationName(String applicationName) {
        this.applicationName = applicationName == null ? "" : applicationName.strip();
    }

    /** How many lines may wait to be written before a request waits for room (8192). */
    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    @Override
    public void start() {
        if (queueSize < 1) {
            addError("The request log's queueSize must be 1 or more, not " + queueSize);
            return;
        }
        queue = new ArrayBlockingQueue<>(queueSize);
        writer = Thread.ofPlatform().daemon().name("request-log-writer").unstarted(this::writeQueued);
        super.start();
        writer.start();
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        writer.interrupt();
        try {
            writer.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        // What the event reads lazily from the thread that logs it, read now.
        event.getThreadName();
        event.getFormattedMessage();
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            addWarn("Interrupted while queueing a request log line: " + event.getFormattedMessage());
        }
    }

    private void writeQueued() {
        List<ILoggingEvent> batch = new ArrayList<>(queueSize);
        Lines lines = new Lines();
        try {
            while (true) {
                batch.add(queue.take());
                // The lines of the next few milliseconds go out in the same write.
                Thread.sleep(GATHER_MILLIS);
                queue.drainTo(batch);
                write(batch, lines);
            }
        } catch (InterruptedException e) {
            // Stopping: write what is left, then end.
            queue.drainTo(batch);
            write(batch, lines);
        }
    }

    private void write(List<ILoggingEvent> batch, Lines lines) {
        if (batch.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(batch.size() * 160);
        for (ILoggingEvent event : batch) {
            lines.append(event, text);
        }
        batch.clear();
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        // System.out as it is now, not as it was at start: tests capture output by replacing it.
        PrintStream out = System.out;
        out.write(bytes, 0, bytes.length);
        out.flush();
    }

    /** Lays out lines; used by the writer thread alone, so its cached second needs no lock. */
    private final class Lines {

        private long second = Long.MIN_VALUE;
        private String secondText;
        private String offsetText;

        void append(ILoggingEvent event, StringBuilder text) {
            long millis = event.getTimeStamp();
            long eventSecond = Math.floorDiv(millis, 1000);
            if (eventSecond != second) {
                ZonedDateTime time = Instant.ofEpochSecond(eventSecond).atZone(zone);
                second = eventSecond;
                secondText = SECOND.format(time);
                offsetText = OFFSET.format(time);
            }
            int milli = (int) Math.floorMod(millis, 1000);
            text.append(secondText).append('.').append((char) ('0' + milli / 100))
                    .append((char) ('0' + milli / 10 % 10)).append((char) ('0' + milli % 10)).append(offsetText);
            String level = event.getLevel().toString();
            text.repeat(' ', 6 - level.length()).append(level).append(' ').append(pid).append(" --- ");
            if (!applicationName.isEmpty()) {
                text.append('[').append(applicationName).append("] ");
            }
            String thread = event.getThreadName();
            text.append('[');
            if (thread.length() >= THREAD_WIDTH) {
                text.append(thread, thread.length() - THREAD_WIDTH, thread.length());
            } else {
                text.repeat(' ', THREAD_WIDTH - thread.length()).append(thread);
            }
            text.append("] ");
            String logger = event.getLoggerName();
            text.append(logger).repeat(' ', Math.max(0, LOGGER_WIDTH - logger.length()))
                    .append(" : ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        .append(CoreConstants.LINE_SEPARATOR);
            }
        }
    }
}
