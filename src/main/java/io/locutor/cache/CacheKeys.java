package io.locutor.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.locutor.synthesis.Speech;

/**
 * The audio's identity: SHA-256 over everything that changes the audio (spoken text, voice, model, every voice
 * setting, output format, language, lexicon version). Fields are length-prefixed so no two requests can collide
 * by moving characters from one field into the next.
 */
public class CacheKeys {

    /** Bump when the key's recipe changes, so old entries are never mistaken for new ones. */
    private static final String RECIPE = "locutor-audio-v1";

    public Speech assign(Speech speech) {
        var s = speech.settings();
        String[] fields = {RECIPE, speech.normalizedText(), speech.voiceId(), speech.modelId(),
                Double.toString(s.stability()), Double.toString(s.similarityBoost()), Double.toString(s.style()),
                Boolean.toString(s.useSpeakerBoost()), Double.toString(s.speed()),
                speech.format().name(), speech.language(), speech.lexiconVersion()};
        if (!speech.upstream().isEmpty()) {
            // the ElevenLabs door's extra fields (seed, context, normalization, dictionaries, latency mode), in name
            // order; appended only when present, so every other door's keys stay what they were
            fields = java.util.Arrays.copyOf(fields, fields.length + 1);
            fields[fields.length - 1] = canonical(speech.upstream());
        }
        return speech.withCacheKey(sha256(fields));
    }

    private static String canonical(java.util.SortedMap<String, Object> upstream) {
        try {
            return CANONICAL.writeValueAsString(upstream);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("request fields are plain JSON values", e);
        }
    }

    /** Map keys sorted at every depth, so the same fields always give the same text. */
    private static final com.fasterxml.jackson.databind.ObjectMapper CANONICAL = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    static String sha256(String... fields) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String field : fields) {
                byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
                digest.update((byte) (field == null ? 0 : 1));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
