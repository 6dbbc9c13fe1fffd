package io.locutor.observe;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogSafeTest {

    @Test
    void lineBreaksAndControlsAreVisibleEscapesAndLengthIsBounded() {
        assertEquals("a\\r\\nINFO forged", LogSafe.value("a\r\nINFO forged"));
        assertEquals("tab\\there \\u001b[31m \\u2028 \\u0000", LogSafe.value("tab\there \u001b[31m \u2028 \u0000"));
        assertEquals("back\\\\n", LogSafe.value("back\\n"));
        assertEquals("lone \\ud800 and pair \uD83D\uDE00", LogSafe.value("lone \ud800 and pair \uD83D\uDE00"));
        assertEquals("-", LogSafe.value(null));
        String bounded = LogSafe.value("x".repeat(100_000));
        assertTrue(bounded.length() < LogSafe.MAX_LENGTH + 30, bounded.length() + "");
        assertTrue(bounded.endsWith("…(+99800 chars)"), bounded);
        assertFalse(LogSafe.value("ñandú café").contains("\\"));
    }
}
