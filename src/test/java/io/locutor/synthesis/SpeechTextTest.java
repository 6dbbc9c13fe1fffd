package io.locutor.synthesis;

import java.time.Clock;

import io.locutor.request.OutputFormat;
import io.locutor.request.VoiceSettings;
import io.locutor.text.NormalizerConfig;
import io.locutor.text.TextNormalizer;
import io.locutor.voice.VoiceCatalog;
import io.locutor.voice.VoiceConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The readings SpeechText remembers: a text read once is read the same way again without the normalizer, only for the
 * same language and campaign; words never read are left unread by {@link SpeechText#normalizedIfRead} (the cache-hit
 * door on the event loop leaves them to the route).
 */
class SpeechTextTest {

    private final VoiceCatalog voices = new VoiceCatalog(VoiceConfig.parse("Bella=AZnzlk1XvdvUeBnXmlld", "", "", "Bella",
            "eleven_multilingual_v2", 3600), false, Clock.systemUTC());
    private final SpeechText text = new SpeechText(new TextNormalizer(NormalizerConfig.defaults()), voices, "es");

    @Test
    void aTextReadOnceIsKnownAfterwardsForItsLanguageAndCampaignOnly() {
        Speech asked = speech("Su cita es el 15/07 a las 10:30.", "es", null);
        assertNull(text.normalizedIfRead(asked), "words never read are not read on the event loop");

        Speech read = text.normalize(asked);
        Speech again = text.normalizedIfRead(asked);
        assertNotNull(again);
        assertEquals(read.normalizedText(), again.normalizedText());
        assertEquals(read.lexiconVersion(), again.lexiconVersion());
        assertEquals(read.language(), again.language());

        // the same text in another language or campaign is another reading
        assertNull(text.normalizedIfRead(speech("Su cita es el 15/07 a las 10:30.", "en", null)));
        assertNull(text.normalizedIfRead(speech("Su cita es el 15/07 a las 10:30.", "es", "ventas")));
        assertEquals(new SpeechText(new TextNormalizer(NormalizerConfig.defaults()), voices, "es")
                .normalize(asked).normalizedText(), again.normalizedText(), "the memo reads as the normalizer does");
    }

    @Test
    void aNewDayReadsAWeekdayAndDateTextAgain() {
        // es-US "lun. 7/12": on 2026-12-02 the coming Monday the 7th of December; once that day has passed, the next
        // Monday that fits is the 12th of July 2027 (DateReader's calendar check). The memo must not keep the old day's.
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-12-02T12:00:00Z"));
        SpeechText onTheClock = new SpeechText(new TextNormalizer(NormalizerConfig.defaults().withClock(clock)), voices, "es");
        Speech asked = speech("Su cita es el lun. 7/12.", "es-US", null);
        assertEquals("Su cita es el lunes siete de diciembre.", onTheClock.normalize(asked).normalizedText());
        clock.now = java.time.Instant.parse("2026-12-08T12:00:00Z");
        assertNull(onTheClock.normalizedIfRead(asked), "a reading of another day is not served from the memo");
        assertEquals("Su cita es el lunes doce de julio.", onTheClock.normalize(asked).normalizedText());
    }

    /** A clock a test moves forward. */
    private static final class MovableClock extends Clock {
        java.time.Instant now;

        MovableClock(java.time.Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void pastItsBoundTheMemoKeepsTheReadingsAskedAgainAndDropsTextsAskedOnce() {
        Speech greeting = speech("Gracias por llamar a Telefonía Sur. Su llamada es importante para nosotros.", "es", null);
        text.normalize(greeting);
        String filler = "x".repeat(2_000);
        for (int i = 0; i < 3_000; i++) { // three times the bound in texts asked once, the greeting asked between them
            text.normalize(speech(filler + " " + i, "es", null));
            if (i % 10 == 0) {
                assertNotNull(text.normalizedIfRead(greeting), "a reading asked again stays, at text " + i);
            }
        }
        assertTrue(text.heldChars() <= SpeechText.MEMO_CHARS, "bounded: " + text.heldChars());
        assertNull(text.normalizedIfRead(speech(filler + " 0", "es", null)), "a text asked once long ago is gone");
    }

    private static Speech speech(String words, String language, String campaign) {
        return Speech.requested(words, null, null, VoiceSettings.DEFAULTS, OutputFormat.of(OutputFormat.DEFAULT), language,
                campaign).withVoice("AZnzlk1XvdvUeBnXmlld", "eleven_multilingual_v2");
    }
}
