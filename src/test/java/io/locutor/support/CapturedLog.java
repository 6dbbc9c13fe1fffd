package io.locutor.support;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** The lines one logger writes, captured by a real Log4j appender added to its configuration (message only). */
public final class CapturedLog implements AutoCloseable {

    /** Wakes whoever waits for a line each time the appender writes. */
    private final StringWriter out = new StringWriter() {
        @Override
        public void write(String str) {
            super.write(str);
            wake();
        }

        @Override
        public void write(String str, int off, int len) {
            super.write(str, off, len);
            wake();
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            super.write(cbuf, off, len);
            wake();
        }

        private void wake() {
            synchronized (CapturedLog.this) {
                CapturedLog.this.notifyAll();
            }
        }
    };
    private final WriterAppender appender;
    private final String logger;

    /** One logger's messages, one per line. */
    public CapturedLog(String logger) {
        this(logger, null);
    }

    /**
     * Everything the application prints, laid out by the console's own layout (secrets masked, level and logger in
     * front): what is checked is exactly what an operator would read.
     */
    public static CapturedLog printed() {
        return new CapturedLog(LogManager.ROOT_LOGGER_NAME,
                ((LoggerContext) LogManager.getContext(false)).getConfiguration().getAppender("console").getLayout());
    }

    private CapturedLog(String logger, org.apache.logging.log4j.core.Layout<? extends java.io.Serializable> layout) {
        this.logger = logger;
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        appender = WriterAppender.newBuilder().setName("captured-" + (logger.isEmpty() ? "root" : logger)).setTarget(out)
                .setLayout(layout != null ? layout : PatternLayout.newBuilder().withPattern("%m%n").withConfiguration(config).build())
                .build();
        appender.start();
        config.addAppender(appender);
        LoggerConfig own = config.getLoggerConfig(logger);
        if (!own.getName().equals(logger)) {
            own = new LoggerConfig(logger, Level.INFO, true);
            config.addLogger(logger, own);
        }
        own.addAppender(appender, logger.isEmpty() ? null : Level.INFO, null);
        context.updateLoggers();
    }

    /** All captured so far, as printed. */
    public synchronized String text() {
        return out.toString();
    }

    /** Waits (up to the timeout) until this many lines were written, and answers them. */
    public synchronized List<String> awaitLines(int count, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lines().size() < count && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return lines();
    }

    public synchronized List<String> lines() {
        String text = out.toString();
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getLoggerConfig(logger).removeAppender(appender.getName());
        appender.stop();
        context.updateLoggers();
    }
}
