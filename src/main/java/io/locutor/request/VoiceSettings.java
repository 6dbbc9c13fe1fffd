package io.locutor.request;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Voice settings with every value filled in, so they can be sent upstream and hashed into the cache key as one. */
public record VoiceSettings(
        double stability,
        @JsonProperty("similarity_boost") double similarityBoost,
        double style,
        @JsonProperty("use_speaker_boost") boolean useSpeakerBoost,
        double speed) {

    /** ElevenLabs' documented defaults (VoiceSettingsResponseModel). */
    public static final VoiceSettings DEFAULTS = new VoiceSettings(0.5, 0.75, 0.0, true, 1.0);
}
