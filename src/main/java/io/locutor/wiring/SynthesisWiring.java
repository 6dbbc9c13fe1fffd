package io.locutor.wiring;

import io.locutor.api.PublicAddress;
import io.locutor.cache.AudioCache;
import io.locutor.cache.CacheKeys;
import io.locutor.elevenlabs.StreamAnswers;
import io.locutor.elevenlabs.StreamRelay;
import io.locutor.problem.Problems;
import io.locutor.synthesis.AudioJoiner;
import io.locutor.synthesis.SpeechPreparation;
import io.locutor.synthesis.SpeechText;
import io.locutor.synthesis.SynthesisResults;
import io.locutor.synthesis.TextParts;

/**
 * The shared core every door calls: the text to speak (voice, normalized text and cache key), long texts in parts and their audio
 * joined, the result each door hands back, streaming, and the one description of a failure ({@code problems}).
 */
record SynthesisWiring(SpeechText speechText, SpeechPreparation speechPreparation, TextParts textParts, AudioJoiner audioJoiner, SynthesisResults synthesisResults,
                       StreamRelay streamRelay, StreamAnswers streamAnswers, Problems problems) {

    static SynthesisWiring wire(TextWiring text, VoiceWiring voices, ElevenLabsWiring elevenLabs, StorageWiring storage,
                                AudioCache audioCache, CacheKeys cacheKeys, PublicAddress address) {
        SpeechText speechText = new SpeechText(text.textNormalizer(), voices.voiceCatalog(), text.defaultLanguage());
        return new SynthesisWiring(
                speechText,
                new SpeechPreparation(voices.voiceCatalog(), speechText, cacheKeys),
                new TextParts(elevenLabs.modelLimits()),
                new AudioJoiner(),
                new SynthesisResults(storage.audioStore(), address),
                new StreamRelay(elevenLabs.responses(), audioCache),
                new StreamAnswers(storage.audioStore()),
                new Problems(elevenLabs.errors()));
    }
}
