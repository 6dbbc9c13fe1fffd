package io.locutor.synthesis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a synthesis request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SynthesisResult(
        @JsonProperty("audio_url") String audioUrl,
        @JsonProperty("cache_key") String cacheKey,
        boolean cached,
        @JsonProperty("voice_id") String voiceId,
        @JsonProperty("model_id") String modelId,
        @JsonProperty("output_format") String outputFormat,
        String language,
        long characters,
        @JsonProperty("normalized_text") String normalizedText,
        @JsonProperty("request_id") String requestId,
        /** Which engine produced the audio: {@code elevenlabs}, or {@code local} when a fallback stood in. */
        String engine) {
}
