package io.locutor.intake;

import io.locutor.observe.LogSafe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.locutor.problem.LocutorException;
import io.locutor.problem.Problems;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A file that could not be read: {@code <inbox>/.error/<name>.error.json} beside it, saying what is wrong and where. */
public class IntakeErrors {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path errorDir;
    private final Problems problems;

    public IntakeErrors(Path errorDir, Problems problems) {
        this.errorDir = errorDir;
        this.problems = problems;
    }

    public void record(@Header(Exchange.FILE_NAME) String fileName,
                       @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure, Exchange exchange) throws IOException {
        if (IntakeShutdown.interrupted(exchange)) {
            return; // not an error: the file is set aside and resumes at the next start
        }
        IOException unreadable = unreadable(failure);
        if (unreadable != null) {
            failure = new IntakeFileException("The file could not be read (" + (unreadable instanceof java.nio.file.AccessDeniedException
                    || String.valueOf(unreadable.getMessage()).contains("denied") ? "permission denied" : "read error")
                    + "): give locutor read access to it, then drop it again.", null, null);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("file", fileName);
        if (failure instanceof IntakeFileException bad) {
            error.put("code", "invalid_file");
            error.put("message", bad.getMessage());
            if (bad.line() != null) {
                error.put("line", bad.line());
            }
            if (bad.column() != null) {
                error.put("column", bad.column());
            }
        } else {
            LocutorException problem = problems.reported(failure);
            error.put("code", problem.code());
            error.put("message", problem.getMessage());
            if (problem.field() != null) {
                error.put("field", problem.field());
            }
        }
        Files.createDirectories(errorDir);
        Files.write(errorDir.resolve(fileName + ".error.json"), JSON.writeValueAsBytes(error));
        LOG.warn("Intake file {} refused: {}", LogSafe.value(fileName), LogSafe.value(error.get("message")));
    }

    /** The read failure behind a failed file, if that is what it was (not a problem in what the file says). */
    private static IOException unreadable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.io.FileNotFoundException || t instanceof java.nio.file.AccessDeniedException) {
                return (IOException) t;
            }
        }
        return null;
    }
}
