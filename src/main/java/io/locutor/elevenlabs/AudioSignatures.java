package io.locutor.elevenlabs;

import java.util.Locale;

import io.locutor.request.OutputFormat;

/**
 * Checks that a 200 from ElevenLabs is audio of the format asked for: its media type is audio (or unlabelled binary),
 * and its first bytes carry the format's signature — MP3: an ID3 tag or an MPEG frame sync; Opus: an Ogg page
 * ({@code OggS}); WAV: {@code RIFF....WAVE}. Raw PCM, µ-law and A-law have no header: any bytes are samples.
 */
final class AudioSignatures {

    private AudioSignatures() {
    }

    /** How many first bytes {@link #check} looks at. */
    static final int HEAD = 12;

    /** @param head the answer's first bytes, of which {@code n} were read (fewer than {@link #HEAD} for a short answer) */
    static void check(byte[] head, int n, String contentType, OutputFormat format) throws NotAudioException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!type.isEmpty() && !type.startsWith("audio/") && !type.equals("application/octet-stream")) {
            throw new NotAudioException("answered " + type + " instead of audio");
        }
        String codec = format.name().toLowerCase(Locale.ROOT);
        boolean ok;
        if (codec.startsWith("mp3")) {
            ok = (n >= 3 && head[0] == 'I' && head[1] == 'D' && head[2] == '3')
                    || (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0);
        } else if (codec.startsWith("opus")) {
            ok = n >= 4 && head[0] == 'O' && head[1] == 'g' && head[2] == 'g' && head[3] == 'S';
        } else if (codec.startsWith("wav")) {
            ok = n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                    && head[8] == 'W' && head[9] == 'A' && head[10] == 'V' && head[11] == 'E';
        } else {
            ok = true; // pcm_*, ulaw_*, alaw_*: headerless samples
        }
        if (!ok) {
            throw new NotAudioException("answered bytes that are not " + format.name() + " audio");
        }
    }
}
