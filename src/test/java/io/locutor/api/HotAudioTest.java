package io.locutor.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Random;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small audio kept in memory answers with the file's bytes (whole or a range), holds at most its bound, leaves large
 * files to sendfile, and never outlives the file: a file generated again under its name is read again, a gone one is
 * not answered.
 */
class HotAudioTest {

    @TempDir
    Path dir;

    @Test
    void answersTheFilesBytesWholeOrARange() throws Exception {
        HotAudio hot = new HotAudio(1 << 20);
        byte[] audio = bytes(30 * 1024, 1);
        Path file = Files.write(dir.resolve("a.mp3"), audio);
        assertArrayEquals(audio, hot.slice(file, 0, audio.length).getBytes());
        assertArrayEquals(audio, hot.slice(file, 0, audio.length).getBytes(), "again, from memory");
        assertArrayEquals(Arrays.copyOfRange(audio, 100, 1100), hot.slice(file, 100, 1000).getBytes());
        assertArrayEquals(Arrays.copyOfRange(audio, audio.length - 5, audio.length), hot.slice(file, audio.length - 5, 5).getBytes());
        assertEquals(audio.length, hot.heldBytes());
    }

    @Test
    void holdsAtMostItsBoundAndStillAnswersEveryFile() throws Exception {
        HotAudio hot = new HotAudio(250 * 1024);
        byte[][] audio = new byte[4][];
        Path[] files = new Path[4];
        for (int i = 0; i < 4; i++) {
            audio[i] = bytes(100 * 1024, i);
            files[i] = Files.write(dir.resolve(i + ".mp3"), audio[i]);
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(audio[i], hot.slice(files[i], 0, audio[i].length).getBytes());
                assertTrue(hot.heldBytes() <= 250 * 1024, "held " + hot.heldBytes() + " bytes, past the bound");
            }
        }
        assertTrue(hot.heldBytes() > 0);
    }

    @Test
    void largeFilesAndANoughtBoundAreLeftToTheFile() throws Exception {
        byte[] large = bytes(HotAudio.LARGEST_FILE + 1, 2);
        Path file = Files.write(dir.resolve("large.mp3"), large);
        assertNull(new HotAudio(1 << 24).slice(file, 0, large.length));
        Path small = Files.write(dir.resolve("small.mp3"), bytes(1000, 3));
        HotAudio none = new HotAudio(0);
        assertNull(none.slice(small, 0, 1000));
        assertEquals(0, none.heldBytes());
    }

    @Test
    void aFileMadeAgainUnderItsNameIsReadAgainAndAGoneOneIsNotAnswered() throws Exception {
        HotAudio hot = new HotAudio(1 << 20);
        Path file = Files.write(dir.resolve("k.mp3"), bytes(20_000, 4));
        hot.slice(file, 0, 20_000);
        // purged and generated again: other bytes of the same length, written beside and moved in (as storage does)
        byte[] again = bytes(20_000, 5);
        Path staged = Files.write(dir.resolve("k.mp3.tmp"), again);
        Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertArrayEquals(again, hot.slice(file, 0, 20_000).getBytes());

        Files.delete(file);
        Buffer gone = hot.slice(file, 0, 20_000);
        assertNull(gone);
        assertEquals(0, hot.heldBytes());
    }

    private static byte[] bytes(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }
}
