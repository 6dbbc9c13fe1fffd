package io.locutor.observe;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogSafeTest {

    @Test
    void lineBreaksAndControlCharactersAreEscaped() {
        assertEquals("a\\r\\nb\\tc\\u0007d\\u2028e\\\\n", LogSafe.value("a\r\nb\tc\u0007d\u2028e\\n"));
        assertEquals("-", LogSafe.value(null));
        assertEquals("42", LogSafe.value(42));
        assertEquals("Señora Núñez", LogSafe.value("Señora Núñez"));
    }

    @Test
    void longValuesAreCut() {
        String cut = LogSafe.value("x".repeat(10_000));
        assertEquals(LogSafe.MAX_LENGTH + 1, cut.length());
        assertTrue(cut.endsWith("…"));
    }
}
