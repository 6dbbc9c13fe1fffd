package io.locutor.wiring;

import java.time.Clock;

import io.locutor.Settings;
import io.locutor.elevenlabs.ElevenLabsConfig;
import io.locutor.voice.VoiceCatalog;
import io.locutor.voice.VoiceConfig;

/** The voices: aliases, campaign voices and models, and the account's catalog (read from ElevenLabs when a key is set). */
record VoiceWiring(VoiceCatalog voiceCatalog) {

    static VoiceWiring wire(Settings settings, ElevenLabsConfig elevenLabs, Clock clock) {
        return new VoiceWiring(new VoiceCatalog(VoiceConfig.parse(
                settings.get("locutor.voices.aliases"),
                settings.get("locutor.voices.campaigns"),
                settings.get("locutor.voices.campaign-synonyms"),
                settings.get("locutor.elevenlabs.default-voice"),
                settings.get("locutor.elevenlabs.model"),
                settings.integer("locutor.voices.catalog-ttl")), elevenLabs.hasApiKey(), clock)
                .withCampaignModels(settings.get("locutor.voices.campaign-models")));
    }
}
