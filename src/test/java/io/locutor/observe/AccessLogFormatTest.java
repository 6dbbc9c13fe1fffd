package io.locutor.observe;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.locutor.support.CapturedLog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The access log's formats: JSON (one object per line, caller values escaped), off, and a wrong setting named. */
class AccessLogFormatTest {

    private static final AccessLog.Entry ENTRY = new AccessLog.Entry("queue-intake", "miss", 200, 12, 42, "voice-1",
            "eleven_flash_v2_5", "ventas\n{\"forged\": true}", "crm-9");

    @Test
    void jsonIsOneObjectPerLine() throws Exception {
        try (CapturedLog log = new CapturedLog(AccessLog.LOGGER)) {
            new AccessLog("json").write(ENTRY);
            List<String> lines = log.awaitLines(1, Duration.ofSeconds(5));
            assertEquals(1, lines.size(), lines.toString());
            JsonNode line = new ObjectMapper().readTree(lines.get(0));
            assertEquals("queue-intake", line.path("door").asText());
            assertEquals(42, line.path("chars").asInt());
            assertEquals("eleven_flash_v2_5", line.path("model").asText());
            assertEquals("ventas\\n{\"forged\": true}", line.path("campaign").asText());
            assertEquals("crm-9", line.path("request_id").asText());
        }
    }

    @Test
    void textIsKeyValuePairsWithCallerValuesEscapedAndQuoted() throws Exception {
        try (CapturedLog log = new CapturedLog(AccessLog.LOGGER)) {
            new AccessLog("text").write(ENTRY);
            new AccessLog("text").write(new AccessLog.Entry("get-stored-audio", "ok", 200, 0, 0, null, null, "",
                    "say \"hi\"=\\"));
            List<String> lines = log.awaitLines(2, Duration.ofSeconds(5));
            assertEquals(List.of("door=queue-intake outcome=miss status=200 ms=12 chars=42 voice=voice-1 "
                            + "model=eleven_flash_v2_5 campaign=\"ventas\\n{\\\"forged\\\": true}\" request_id=crm-9",
                    "door=get-stored-audio outcome=ok status=200 ms=0 chars=0 voice=- model=- campaign=\"\" "
                            + "request_id=\"say \\\"hi\\\"=\\\\\""), lines);
        }
    }

    @Test
    void offWritesNothingAndAWrongSettingIsNamed() {
        try (CapturedLog log = new CapturedLog(AccessLog.LOGGER)) {
            new AccessLog("off").write(ENTRY);
            assertTrue(log.lines().isEmpty());
        }
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> new AccessLog("xml"));
        assertTrue(wrong.getMessage().contains("locutor.log.access"), wrong.getMessage());
    }
}
