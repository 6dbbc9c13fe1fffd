package io.locutor.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * Small stored audio kept in memory for {@link StoredAudioDoor}: the files a telephony platform fetches again and again
 * (a campaign's greeting, its menu), sent from a direct buffer instead of opening the file on every request.
 *
 * <p>Why: Vert.x's {@code sendFile} resolves, checks, opens and closes the file for each request (a {@code
 * RandomAccessFile} and its cleaner, three system calls around the {@code sendfile}); for a 30 KB answer that was a
 * fifth of the stored GET door's samples (bench/README.md, "Eighth run"). A held file is checked against the one
 * {@code stat} of the request ({@code StoredAudioFiles.reply}'s, which finds the file and its length): same inode,
 * size and modification time as when it was read. Audio under a name never changes while it is stored, but a purged
 * name may be generated again (other bytes, a new file): the check sees it, and the file is read again. A vanished
 * file is never answered from here: that {@code stat} fails, and the door answers 404.
 *
 * <p>Bounded: files of at most {@link #LARGEST_FILE} bytes, and at most {@code bound} bytes in all
 * ({@code locutor.http.hot-audio-bytes}; 0 keeps nothing). The least useful files (Caffeine's size-bounded policy)
 * make room for new ones. Direct buffers, freed by the garbage collector once evicted (never released by hand, so a
 * response still writing a slice of an evicted file is safe).
 */
final class HotAudio {

    /** Larger files are sent from disk as before: they are rarer, and sendfile's per-request cost matters less. */
    static final int LARGEST_FILE = 256 * 1024;

    private final Cache<Path, Held> files;

    /** @param bound the most bytes held in all; 0 holds nothing */
    HotAudio(long bound) {
        this.files = bound <= 0 ? null : Caffeine.newBuilder().maximumWeight(bound)
                .weigher((Path file, Held held) -> held.bytes().capacity())
                .executor(Runnable::run) // evictions on the caller's thread: the bound holds when put returns
                .build();
    }

    /**
     * Bytes {@code offset .. offset + length - 1} of this file from memory, held now if it is small enough; null when
     * it is not held (too large, none held, or unreadable now: the caller sends the file as before).
     */
    Buffer slice(Path file, long offset, long length) {
        if (files == null) {
            return null;
        }
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            files.invalidate(file);
            return null; // gone since it was found: the caller answers as it does for a file gone
        }
        return slice(file, now, offset, length);
    }

    /**
     * The same, for a file whose attributes the caller has just read (StoredAudioFiles.reply does, to answer its
     * length): one {@code stat} per request, not two.
     */
    Buffer slice(Path file, BasicFileAttributes now, long offset, long length) {
        if (files == null) {
            return null;
        }
        if (now.size() > LARGEST_FILE || offset + length > now.size()) {
            return null;
        }
        Held held = files.getIfPresent(file);
        if (held == null || !held.same(now)) {
            held = read(file, now);
            if (held == null) {
                files.invalidate(file);
                return null;
            }
            files.put(file, held);
        }
        // a view of the held bytes: each response reads its own indexes, nothing is copied or released
        return Buffer.buffer(held.bytes().slice((int) offset, (int) length));
    }

    /** Bytes held in all (for tests of the bound). */
    long heldBytes() {
        if (files == null) {
            return 0;
        }
        files.cleanUp();
        return files.asMap().values().stream().mapToLong(h -> h.bytes().capacity()).sum();
    }

    /** The file's bytes, if it still is the file just looked at once read (else null: it changed while read). */
    private static Held read(Path file, BasicFileAttributes seen) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer bytes = ByteBuffer.allocateDirect((int) seen.size());
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // read until full or the end
            }
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            if (bytes.hasRemaining() || !new Held(null, seen).same(after)) {
                return null;
            }
            bytes.flip();
            return new Held(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(bytes)), seen);
        } catch (IOException e) {
            return null;
        }
    }

    /** A file's bytes and what identified the file when they were read. */
    private record Held(ByteBuf bytes, Object fileKey, long size, long modified) {
        Held(ByteBuf bytes, BasicFileAttributes seen) {
            this(bytes, seen.fileKey(), seen.size(), seen.lastModifiedTime().toMillis());
        }

        boolean same(BasicFileAttributes now) {
            return size == now.size() && modified == now.lastModifiedTime().toMillis() && Objects.equals(fileKey, now.fileKey());
        }
    }
}
