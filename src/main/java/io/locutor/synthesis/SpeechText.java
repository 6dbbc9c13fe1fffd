package io.locutor.synthesis;

import java.util.LinkedHashMap;
import java.util.Map;

import io.locutor.text.TextNormalizer;
import io.locutor.voice.VoiceCatalog;

/** The normalize step: picks the language (request, then the voice's, then the default) and the words to speak. */
public class SpeechText {

    private final TextNormalizer normalizer;
    private final VoiceCatalog voices;
    private final String defaultLanguage;

    public SpeechText(TextNormalizer normalizer, VoiceCatalog voices, String defaultLanguage) {
        this.normalizer = normalizer;
        this.voices = voices;
        this.defaultLanguage = defaultLanguage;
    }

    public Speech normalize(Speech speech) {
        String language = speech.language() != null ? speech.language()
                : voices.languageOf(speech.voiceId()).orElse(defaultLanguage);
        if (!speech.normalizes()) {
            return speech.withNormalized(language, speech.text(), null);
        }
        return speech.withNormalized(language, normalizer.normalize(speech.text(), language, speech.campaign()),
                normalizer.lexiconVersion(speech.campaign()));
    }

    /** The answer of {@code POST /v1/text/normalize}: exactly what {@code /v1/audio} would speak. */
    public Map<String, String> preview(Speech speech) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("text", speech.normalizedText());
        answer.put("language", speech.language());
        return answer;
    }
}
