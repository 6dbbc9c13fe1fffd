package io.locutor.elevenlabs;

import java.util.Set;

/** ElevenLabs settings as read from application.properties (times in seconds, as the seed's variables give them). */
public record ElevenLabsConfig(
        String apiKey,
        String baseUrl,
        int maxConnections,
        int poolTimeoutSeconds,
        int connectionTimeoutSeconds,
        int readTimeoutSeconds,
        Set<String> languageCodeModels) {

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** Never print the key: records print every field otherwise. */
    @Override
    public String toString() {
        return "ElevenLabsConfig[baseUrl=" + baseUrl + ", apiKey=" + (hasApiKey() ? "***" : "(unset)")
                + ", maxConnections=" + maxConnections + "]";
    }
}
