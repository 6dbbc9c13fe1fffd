package io.locutor.request;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A speech request as callers send it (JSON body of {@code POST /v1/audio}); every field but {@code text} optional. */
public record SpeechRequest(
        String text,
        String voice,
        @JsonProperty("voice_id") String voiceId,
        @JsonProperty("model_id") String modelId,
        @JsonProperty("voice_settings") VoiceSettingsInput voiceSettings,
        @JsonProperty("output_format") String outputFormat,
        String language,
        String campaign) {

    /** Voice settings as sent: any may be missing, and then the documented default applies. */
    public record VoiceSettingsInput(
            Double stability,
            @JsonProperty("similarity_boost") Double similarityBoost,
            Double style,
            @JsonProperty("use_speaker_boost") Boolean useSpeakerBoost,
            Double speed) {
    }

    /** The voice asked for, by name or id; {@code voice_id} is the stream endpoint's spelling of the same thing. */
    public String voiceAsked() {
        return voice != null && !voice.isBlank() ? voice : voiceId;
    }
}
