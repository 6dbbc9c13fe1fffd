package io.locutor.wiring;

import java.nio.file.Path;

import io.locutor.Settings;
import io.locutor.cache.CacheKeys;
import io.locutor.cache.AudioCache;
import io.locutor.elevenlabs.ElevenLabsErrors;
import io.locutor.fallback.Fallbacks;
import io.locutor.fallback.LocalSpeech;
import io.locutor.storage.AudioStore;

/** When ElevenLabs fails: a cheaper model or voice, then local speech (espeak-ng), kept in the cache for a short time. */
record FallbackWiring(LocalSpeech localSpeech, Fallbacks fallbacks) {

    static FallbackWiring wire(Settings settings, Path scratch, ElevenLabsErrors errors, CacheKeys keys, AudioCache cache,
                               AudioStore store) throws Exception {
        LocalSpeech local = new LocalSpeech(scratch);
        return new FallbackWiring(local, new Fallbacks(errors, keys, local, cache, store, scratch,
                settings.get("locutor.fallback.model"), settings.get("locutor.fallback.voice"),
                Boolean.parseBoolean(settings.get("locutor.fallback.local"))));
    }
}
