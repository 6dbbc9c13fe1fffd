package io.locutor.intake;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.locutor.elevenlabs.ElevenLabsErrors;
import io.locutor.elevenlabs.ElevenLabsSlots;
import io.locutor.problem.Problems;
import org.apache.camel.TypeConversionException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dropped file the process may not read (the tests run as root, who reads everything, so the failure Camel reports
 * for it is given directly): its reason file says so and how to fix it, not "failed unexpectedly".
 */
class IntakeErrorsTest {

    @Test
    void anUnreadableFileGetsAReasonThatSaysSo(@TempDir Path dir) throws Exception {
        IntakeErrors errors = new IntakeErrors(dir.resolve(".error"),
                new Problems(new ElevenLabsErrors(new ElevenLabsSlots(1, 1000), 1000)));
        Exception camelSays = new TypeConversionException(null, byte[].class,
                new FileNotFoundException(dir.resolve("secreto.txt") + " (Permission denied)"));
        try (DefaultCamelContext running = new DefaultCamelContext()) {
            running.start(); // a running application: the failure is the file's, not an interrupted stop
            errors.record("secreto.txt", camelSays, new DefaultExchange(running));
        }
        JsonNode reason = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve(".error/secreto.txt.error.json")));
        assertEquals("invalid_file", reason.path("code").asText());
        assertTrue(reason.path("message").asText().contains("permission denied"), reason.toString());
        assertTrue(reason.path("message").asText().contains("read access"), reason.toString());
    }
}
