package io.locutor.synthesis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.locutor.text.TextNormalizer;
import io.locutor.voice.VoiceCatalog;

/**
 * The normalize step: picks the language (request, then the voice's, then the default) and the words to speak,
 * remembering the readings of texts already read (bounded).
 */
public class SpeechText {

    private final TextNormalizer normalizer;
    private final VoiceCatalog voices;
    private final String defaultLanguage;
    /**
     * Readings of texts already normalized (the normalizer reads the same text the same way for the same language,
     * campaign, lexicon version and day: a weekday named with an ambiguous numeric date is read against today's
     * calendar): a repeated request, a cache hit above all, is not read again. At most {@value #MEMO_CHARS} characters of texts and readings (about 4 MB, plus ~150 bytes an entry).
     * Past the bound the readings least likely to be asked again go (Caffeine's frequency-aware policy): a stream of
     * misses, each a text asked once, does not push out a campaign's greeting that is hit all day.
     */
    static final long MEMO_CHARS = 2_000_000;
    private final Cache<Words, String> read = Caffeine.newBuilder().maximumWeight(MEMO_CHARS)
            .weigher((Words words, String spoken) -> words.text().length() + spoken.length())
            .executor(Runnable::run) // evictions on the caller's thread: the bound holds when put returns
            .build();

    public SpeechText(TextNormalizer normalizer, VoiceCatalog voices, String defaultLanguage) {
        this.normalizer = normalizer;
        this.voices = voices;
        this.defaultLanguage = defaultLanguage;
    }

    public Speech normalize(Speech speech) {
        return normalize(speech, true);
    }

    /**
     * The same, only when these words were read before in this process (the memo has them), else null: for the
     * cache-hit door on the HTTP event loop, which leaves a text never read (a miss, almost always) to the route, so
     * reading new words never holds an event loop.
     */
    public Speech normalizedIfRead(Speech speech) {
        return normalize(speech, false);
    }

    private Speech normalize(Speech speech, boolean readNew) {
        String language = speech.language() != null ? speech.language()
                : voices.languageOf(speech.voiceId()).orElse(defaultLanguage);
        if (!speech.normalizes()) {
            return speech.withNormalized(language, speech.text(), null);
        }
        String lexicon = normalizer.lexiconVersion(speech.campaign());
        Words words = new Words(speech.text(), language, speech.campaign(), lexicon, normalizer.today());
        String spoken = read.getIfPresent(words);
        if (spoken == null) {
            if (!readNew) {
                return null;
            }
            spoken = normalizer.normalize(speech.text(), language, speech.campaign());
            read.put(words, spoken);
        }
        return speech.withNormalized(language, spoken, lexicon);
    }

    /** Characters of texts and readings held (for tests of the bound). */
    long heldChars() {
        read.cleanUp();
        return read.asMap().entrySet().stream().mapToLong(e -> e.getKey().text().length() + e.getValue().length()).sum();
    }

    /**
     * What a reading depends on: the text, its language, the campaign, the version of the lexicon rules in force and the
     * day (so a new day reads a weekday-and-date text again).
     */
    private record Words(String text, String language, String campaign, String lexicon, LocalDate day) {
    }

    /** The answer of {@code POST /v1/text/normalize}: exactly what {@code /v1/audio} would speak. */
    public Map<String, String> preview(Speech speech) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("text", speech.normalizedText());
        answer.put("language", speech.language());
        return answer;
    }
}
