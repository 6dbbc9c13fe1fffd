package io.locutor.storage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * G.711 audio (ElevenLabs' {@code ulaw_8000} and {@code alaw_8000}: 8 kHz, 8-bit, mono) in a WAV container, as
 * telephony platforms play it from a URL: a RIFF header with format tag 7 (WAVE_FORMAT_MULAW) or 6 (WAVE_FORMAT_ALAW),
 * the extended fmt chunk and the fact chunk non-PCM formats carry, then the samples unchanged.
 */
final class WavContainer {

    private static final short MULAW = 7;
    private static final short ALAW = 6;
    private static final int RATE = 8000;

    private WavContainer() {
    }

    /** @param extension {@code ulaw} or {@code alaw} */
    static byte[] wrap(String extension, byte[] samples) {
        short tag = "ulaw".equals(extension) ? MULAW : ALAW;
        ByteBuffer wav = ByteBuffer.allocate(58 + samples.length).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(50 + samples.length).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(18)
                .putShort(tag).putShort((short) 1).putInt(RATE).putInt(RATE) // mono; one byte a sample
                .putShort((short) 1).putShort((short) 8).putShort((short) 0); // block align, bits, no extra bytes
        wav.put(ascii("fact")).putInt(4).putInt(samples.length);
        wav.put(ascii("data")).putInt(samples.length).put(samples);
        return wav.array();
    }

    private static byte[] ascii(String chunkId) {
        return chunkId.getBytes(StandardCharsets.US_ASCII);
    }
}
