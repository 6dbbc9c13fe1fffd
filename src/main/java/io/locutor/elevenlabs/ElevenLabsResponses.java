package io.locutor.elevenlabs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Headers;

/** Reads what ElevenLabs answered: the audio, its {@code request-id} and the characters it billed. */
public class ElevenLabsResponses {

    private static final Set<OpenOption> NEW_FILE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    private static final FileAttribute<?>[] OWNER_ONLY = {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};

    private final Path scratch;
    /** What {@code Files.createTempFile} gives a file: owner-only, where the file system has POSIX permissions. */
    private final FileAttribute<?>[] scratchAttributes;

    public ElevenLabsResponses(Path scratch) throws IOException {
        this.scratch = Files.createDirectories(scratch);
        this.scratchAttributes = scratch.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? OWNER_ONLY : new FileAttribute<?>[0];
    }

    /** The whole audio of a {@code POST /v1/text-to-speech} answer, kept in a temporary file for storage. */
    public GeneratedAudio audio(InputStream body, @ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis,
                                @Headers Map<String, Object> headers) throws IOException {
        Speech speech = synthesis.speech();
        byte[] head = new byte[AudioSignatures.HEAD];
        Kept answer = kept(body, speech, headers, head);
        try {
            AudioSignatures.check(head, answer.headLength(), header(headers, "Content-Type"), speech.format());
        } catch (NotAudioException e) {
            Files.deleteIfExists(answer.audio().file());
            throw e;
        }
        return answer.audio();
    }

    /**
     * The whole answer of a {@code .../with-timestamps} call: JSON carrying the audio (base64) and its alignment, not
     * audio bytes, so it is checked to be JSON rather than for an audio signature.
     */
    public GeneratedAudio timestamped(InputStream body, @ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis,
                                      @Headers Map<String, Object> headers) throws IOException {
        Speech speech = synthesis.speech();
        GeneratedAudio answer = kept(body, speech, headers, new byte[0]).audio();
        String type = header(headers, "Content-Type");
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            Files.deleteIfExists(answer.file());
            throw new NotAudioException("answered " + type.split(";")[0].strip() + " instead of timestamped audio JSON");
        }
        return answer;
    }

    /**
     * The answer's body kept whole in a scratch file: never a body cut short, never an empty one. The body is the HTTP
     * client's own stream (the call is made with disableStreamCache), written once into the scratch file as it is
     * read ({@link #BLOCK}s at a time); its first bytes land in {@code head} for the signature check, so the file is not opened again, nor
     * deleted and re-created as {@code Files.copy} does, nor measured.
     */
    private Kept kept(InputStream body, Speech speech, Map<String, Object> headers, byte[] head) throws IOException {
        if (body == null) {
            throw new EmptyAudioException();
        }
        Scratch scratchFile = newScratch(speech);
        Path file = scratchFile.file();
        long total;
        int n;
        try (InputStream in = body; OutputStream out = scratchFile.out()) {
            byte[] block = new byte[BLOCK];
            int read = in.readNBytes(block, 0, block.length);
            n = Math.min(read, head.length);
            System.arraycopy(block, 0, head, 0, n);
            total = 0;
            while (read > 0) {
                out.write(block, 0, read);
                total += read;
                read = in.readNBytes(block, 0, block.length);
            }
        } catch (IOException cut) {
            Files.deleteIfExists(file); // a body cut short is never kept, not even as scratch
            throw cut;
        }
        if (total == 0) {
            Files.deleteIfExists(file);
            throw new EmptyAudioException();
        }
        return new Kept(generated(file, speech, headers), n);
    }

    /**
     * The answer goes to the scratch file in blocks this large (32 KiB: the bench's 30 KB answer in one write), each
     * filled before it is written. {@code transferTo}'s 8 KB blocks cost a write call each, five for that answer with
     * the head written apart (strace of a burst of misses, bench/README.md "Twenty-seventh run"). The bytes are copied
     * as many times either way.
     */
    static final int BLOCK = 32 * 1024;

    /** The kept audio, and how many of its first bytes were read into the head given to {@link #kept}. */
    private record Kept(GeneratedAudio audio, int headLength) {
    }

    /**
     * A new scratch file for this speech's audio, created and opened for writing in one call: a name of its own
     * (the cache key, a random number, the format's extension, as {@code Files.createTempFile} names it), owner-only.
     * One open, not {@code createTempFile} then {@code Files.newOutputStream}: that opened the file twice, the second
     * time truncating it, and ext4 (auto_da_alloc) flushes a file truncated on open when it is closed, so every miss
     * started a disk write on its worker thread (bench/README.md, "Twelfth run": 9% of a miss's worker CPU).
     */
    Scratch newScratch(Speech speech) throws IOException {
        String prefix = speech.cacheKey();
        String suffix = "." + speech.format().extension();
        while (true) {
            Path file = scratch.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + suffix);
            try {
                return new Scratch(file, Channels.newOutputStream(Files.newByteChannel(file, NEW_FILE, scratchAttributes)));
            } catch (FileAlreadyExistsException taken) {
                // another scratch file has this name: draw another
            }
        }
    }

    /** A scratch file just created, and the stream writing it (the caller closes it). */
    record Scratch(Path file, OutputStream out) {
    }

    static GeneratedAudio generated(Path file, Speech speech, Map<String, Object> headers) {
        return new GeneratedAudio(file, header(headers, "request-id"), billedCharacters(speech, headers));
    }

    /** ElevenLabs reports the characters it billed in {@code x-character-count}; otherwise the text's length is what it bills. */
    private static long billedCharacters(Speech speech, Map<String, Object> headers) {
        String count = header(headers, "x-character-count");
        try {
            return count == null ? speech.normalizedText().length() : Long.parseLong(count.trim());
        } catch (NumberFormatException e) {
            return speech.normalizedText().length();
        }
    }

    private static String header(Map<String, Object> headers, String name) {
        for (Map.Entry<String, Object> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name) && h.getValue() != null) {
                return h.getValue().toString();
            }
        }
        return null;
    }
}
