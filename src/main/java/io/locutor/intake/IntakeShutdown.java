package io.locutor.intake;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.locutor.observe.LogSafe;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A campaign file is never refused for being interrupted. Once locutor is stopping, rows not yet started are not
 * started (rows in flight finish within the shutdown timeout, so no ElevenLabs call is cut), the file is set aside in
 * {@code <inbox>/.interrupted/} instead of {@code .error/}, with no error file, and the next start moves it back into
 * the inbox, where it resumes: rows already made are cache hits, billed nothing.
 */
public class IntakeShutdown {

    static final String INTERRUPTED = ".interrupted";
    private static final Logger LOG = LoggerFactory.getLogger(IntakeShutdown.class);

    /** Before a row starts: refuses it once locutor is stopping. */
    public void checkRunning(Exchange exchange) {
        if (stopping(exchange)) {
            throw new IntakeInterruptedException();
        }
    }

    /** Where a failed file goes ({@code moveFailed}): {@code .interrupted} when locutor was stopping, else {@code .error}. */
    public String failedFolder(Exchange exchange) {
        if (!interrupted(exchange)) {
            return ".error";
        }
        LOG.info("Campaign file {} interrupted by a stop: set aside in {}/, it resumes at the next start",
                LogSafe.value(exchange.getMessage().getHeader(Exchange.FILE_NAME)), INTERRUPTED);
        return INTERRUPTED;
    }

    /** Whether the file's failure is only the interruption (then it is not an error: no error file is written). */
    public static boolean interrupted(Exchange exchange) {
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return failure instanceof IntakeInterruptedException
                || (stopping(exchange) && !(failure instanceof IntakeFileException));
    }

    private static boolean stopping(Exchange exchange) {
        return exchange.getContext().isStopping() || exchange.getContext().isStopped()
                || exchange.getContext().getShutdownStrategy().isForceShutdown();
    }

    /** At start: files an earlier stop interrupted go back into the inbox, to be read again. */
    public static void restore(Path inbox) throws IOException {
        Path aside = inbox.resolve(INTERRUPTED);
        if (!Files.isDirectory(aside)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(aside)) {
            for (Path file : files) {
                Path back = inbox.resolve(file.getFileName());
                if (Files.isRegularFile(file) && !Files.exists(back)) {
                    Files.move(file, back);
                    LOG.info("Campaign file {} was interrupted by a stop: it resumes now", LogSafe.value(file.getFileName()));
                }
            }
        }
    }

    /** A row not started because locutor is stopping. */
    static class IntakeInterruptedException extends RuntimeException {
        IntakeInterruptedException() {
            super("locutor is stopping: the file resumes at the next start", null, false, false);
        }
    }
}
