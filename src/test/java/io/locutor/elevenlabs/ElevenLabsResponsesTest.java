package io.locutor.elevenlabs;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import io.locutor.request.OutputFormat;
import io.locutor.request.VoiceSettings;
import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audio of an ElevenLabs answer kept in a scratch file. Each answer gets a file of its own, created and opened in
 * one call (no second open truncating it: on ext4 that made every close a disk flush, bench/README.md "Twelfth run"),
 * owner-only as {@code Files.createTempFile} made it, holding exactly the bytes sent; a body cut short keeps nothing.
 * The calls themselves are tested against WireMock by the route tests.
 */
class ElevenLabsResponsesTest {

    private static final Map<String, Object> AUDIO_HEADERS = Map.of("Content-Type", "audio/mpeg", "request-id", "req-1",
            "x-character-count", "4");

    @TempDir
    Path scratch;

    @Test
    void eachAnswerIsKeptWholeInANewOwnerOnlyFileOfItsOwn() throws Exception {
        ElevenLabsResponses responses = new ElevenLabsResponses(scratch);
        byte[] first = mp3(30 * 1024, 1);
        byte[] second = mp3(5, 2);

        GeneratedAudio one = responses.audio(new ByteArrayInputStream(first), synthesis(), AUDIO_HEADERS);
        GeneratedAudio two = responses.audio(new ByteArrayInputStream(second), synthesis(), AUDIO_HEADERS);

        assertNotEquals(one.file(), two.file(), "two answers for the same speech shared a scratch file");
        assertArrayEquals(first, Files.readAllBytes(one.file()));
        assertArrayEquals(second, Files.readAllBytes(two.file()));
        for (GeneratedAudio kept : new GeneratedAudio[] {one, two}) {
            assertEquals(scratch, kept.file().getParent());
            String name = kept.file().getFileName().toString();
            assertTrue(name.startsWith("key1") && name.endsWith(".mp3"), name);
            if (scratch.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.file())));
            }
        }
        assertEquals("req-1", one.requestId());
        assertEquals(4, one.characters());
    }

    /** Answers of every size around the copy's block, read as the HTTP client hands them over, are kept byte for byte. */
    @Test
    void answersOfAnySizeAreKeptWhole() throws Exception {
        ElevenLabsResponses responses = new ElevenLabsResponses(scratch);
        int block = ElevenLabsResponses.BLOCK;
        for (int length : new int[] {2, 12, 13, block - 1, block, block + 1, 3 * block + 7}) {
            byte[] audio = mp3(length, 6);
            for (int i = 2; i < length; i++) {
                audio[i] = (byte) (i * 31);
            }
            InputStream trickling = new FilterInputStream(new ByteArrayInputStream(audio)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return super.read(b, off, Math.min(len, 3000)); // a socket hands over what has arrived
                }
            };
            assertArrayEquals(audio, Files.readAllBytes(responses.audio(trickling, synthesis(), AUDIO_HEADERS).file()), "length " + length);
        }
    }

    @Test
    void aBodyCutShortOrNotAudioKeepsNoFile() throws Exception {
        ElevenLabsResponses responses = new ElevenLabsResponses(scratch);
        InputStream cut = new FilterInputStream(new ByteArrayInputStream(mp3(20_000, 3))) {
            private int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read > 10_000) {
                    throw new IOException("connection reset");
                }
                int n = super.read(b, off, Math.min(len, 4096));
                read += Math.max(n, 0);
                return n;
            }
        };
        assertThrows(IOException.class, () -> responses.audio(cut, synthesis(), AUDIO_HEADERS));
        assertThrows(NotAudioException.class, () -> responses.audio(new ByteArrayInputStream("<html>".getBytes()),
                synthesis(), Map.of("Content-Type", "audio/mpeg")));
        assertThrows(EmptyAudioException.class, () -> responses.audio(new ByteArrayInputStream(new byte[0]),
                synthesis(), AUDIO_HEADERS));
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(0, left.count(), "a refused answer left a scratch file");
        }
    }

    private static SynthesisContext synthesis() {
        Speech speech = Speech.requested("Hola", "Bella", "eleven_multilingual_v2", VoiceSettings.DEFAULTS,
                        OutputFormat.of(OutputFormat.DEFAULT), "es", null)
                .withVoice("AZnzlk1XvdvUeBnXmlld", "eleven_multilingual_v2").withNormalized("es", "Hola", "1").withCacheKey("key1");
        return SynthesisContext.start(new DefaultExchange(new DefaultCamelContext()), speech);
    }

    /** {@code length} bytes that start like an MP3 frame. */
    private static byte[] mp3(int length, int fill) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) fill);
        bytes[0] = (byte) 0xFF;
        if (length > 1) {
            bytes[1] = (byte) 0xFB;
        }
        return bytes;
    }
}
