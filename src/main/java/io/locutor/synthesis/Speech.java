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
        String cacheKey) {

    public static Speech requested(String text, String voiceAsked, String modelId, VoiceSettings settings,
                                   OutputFormat format, String language, String campaign) {
        return new Speech(text, voiceAsked, null, modelId, settings, format, language, campaign, null, null, null);
    }

    public Speech withVoice(String resolvedVoiceId, String resolvedModelId) {
        return new Speech(text, voiceAsked, resolvedVoiceId, resolvedModelId, settings, format, language, campaign,
                normalizedText, lexiconVersion, cacheKey);
    }

    public Speech withNormalized(String resolvedLanguage, String spokenText, String lexicon) {
        return new Speech(text, voiceAsked, voiceId, modelId, settings, format, resolvedLanguage, campaign,
                spokenText, lexicon, cacheKey);
    }

    public Speech withCacheKey(String key) {
        return new Speech(text, voiceAsked, voiceId, modelId, settings, format, language, campaign,
                normalizedText, lexiconVersion, key);
    }
}
