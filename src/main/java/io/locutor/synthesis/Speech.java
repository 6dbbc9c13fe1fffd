package io.locutor.synthesis;

import io.locutor.request.OutputFormat;
import io.locutor.request.VoiceSettings;

/**
 * One speech request on its way through the pipeline. Each step returns a copy with what it resolved:
 * validation fills settings and format, the voice step the ids, normalization the spoken text, then the cache key.
 */
public record Speech(
        String text,
        String voiceAsked,
        String voiceId,
        String modelId,
        VoiceSettings settings,
        OutputFormat format,
        String language,
        String campaign,
        String normalizedText,
        String lexiconVersion,
        String cacheKey,
        /** ElevenLabs request fields only the ElevenLabs-compatible door sets (seed, previous_text, ...), sent as given. */
        java.util.SortedMap<String, Object> upstream) {

    /** {@code apply_text_normalization: off} asks for the text as sent: locutor's normalizer stands aside too. */
    public boolean normalizes() {
        return !"off".equals(upstream.get("apply_text_normalization"));
    }

    public Speech withUpstream(java.util.Map<String, Object> fields) {
        return new Speech(text, voiceAsked, voiceId, modelId, settings, format, language, campaign, normalizedText,
                lexiconVersion, cacheKey, java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(fields)));
    }

    public static Speech requested(String text, String voiceAsked, String modelId, VoiceSettings settings,
                                   OutputFormat format, String language, String campaign) {
        return new Speech(text, voiceAsked, null, modelId, settings, format, language, campaign, null, null, null,
                java.util.Collections.emptySortedMap());
    }

    public Speech withVoice(String resolvedVoiceId, String resolvedModelId) {
        return new Speech(text, voiceAsked, resolvedVoiceId, resolvedModelId, settings, format, language, campaign,
                normalizedText, lexiconVersion, cacheKey, upstream);
    }

    public Speech withNormalized(String resolvedLanguage, String spokenText, String lexicon) {
        return new Speech(text, voiceAsked, voiceId, modelId, settings, format, resolvedLanguage, campaign,
                spokenText, lexicon, cacheKey, upstream);
    }

    public Speech withCacheKey(String key) {
        return new Speech(text, voiceAsked, voiceId, modelId, settings, format, language, campaign,
                normalizedText, lexiconVersion, key, upstream);
    }
}
