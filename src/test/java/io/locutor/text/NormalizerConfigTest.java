package io.locutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NormalizerConfigTest {
    @Test
    void blankValuesMeanDefaults() {
        NormalizerConfig c = NormalizerConfig.parse(" ", null, "", null, null);
        assertEquals(NormalizerConfig.defaults(), c);
        assertEquals("es", c.defaultLanguage());
        assertEquals(ReferenceReading.GROUPED, c.referenceReading());
        assertEquals(NumberStyle.COMMA_THOUSANDS, c.regionNumberStyles().get("es-mx"));
    }

    @Test
    void parsesEveryFormat() {
        NormalizerConfig c = NormalizerConfig.parse("en", "Pairs", "ABC=a be ce; SMS=ese eme ese;",
                Map.of("ventas", "ABC=ei bi si"), "es-MX=,.;es-AR=.,");
        assertEquals("en", c.defaultLanguage());
        assertEquals(ReferenceReading.PAIRS, c.referenceReading());
        assertEquals(Map.of("ABC", "a be ce", "SMS", "ese eme ese"), c.globalAliases());
        assertEquals(Map.of("ABC", "ei bi si"), c.campaignAliases().get("ventas"));
        assertEquals(new NumberStyle('.', ','), c.regionNumberStyles().get("es-ar"));
    }

    @Test
    void todayComesFromTheSystemClockUnlessAClockIsGiven() {
        assertEquals(Clock.systemDefaultZone(), NormalizerConfig.defaults().clock());
        Clock fixed = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);
        NormalizerConfig c = NormalizerConfig.defaults().withClock(fixed).withCampaignLanguages(Map.of("cobros", "es-MX"));
        assertEquals(fixed, c.clock());
        assertEquals(NormalizerConfig.defaults().regionNumberStyles(), c.regionNumberStyles());
        assertEquals(Map.of("cobros", "es-MX"), c.withClock(fixed).campaignLanguages());
    }

    @Test
    void badSyntaxSaysWhatToFix() {
        assertMessage("grouped, digits or pairs", () -> NormalizerConfig.parse("es", "words", null, null, null));
        assertMessage("WORD=spoken form", () -> NormalizerConfig.parse("es", null, "ABC", null, null));
        assertMessage("no spoken form", () -> NormalizerConfig.parse("es", null, "ABC=", null, null));
        assertMessage("defined twice", () -> NormalizerConfig.parse("es", null, "A=x;A=y", null, null));
        assertMessage("campaign ventas", () -> NormalizerConfig.parse("es", null, null, Map.of("ventas", "=x"), null));
        assertMessage("TAG=<thousands char><decimal char>", () -> NormalizerConfig.parse("es", null, null, null, "es-MX=,"));
        assertMessage("must differ", () -> NormalizerConfig.parse("es", null, null, null, "es-MX=,,"));
        assertMessage("not a language tag", () -> NormalizerConfig.parse("español!", null, null, null, null));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(part), ex.getMessage());
    }
}
