package io.locutor.text;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the normalizer reads for a text in a language (BCP 47 tag), with the default configuration and no campaign, on
 * {@link #CORPUS_DAY}.
 */
final class Readings {
    /**
     * 2026-12-02, the day the call-script corpus was written: an es-US weekday named with a date that reads both ways
     * ("el viernes 11/12") is checked against the calendar from today on, so a test fixes today, or its reading would
     * change next year.
     */
    static final Clock CORPUS_DAY = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);
    private static final TextNormalizer NORMALIZER = new TextNormalizer(NormalizerConfig.defaults().withClock(CORPUS_DAY));

    private Readings() {
    }

    static String read(String language, String text) {
        return NORMALIZER.normalize(text, language, null);
    }
}
