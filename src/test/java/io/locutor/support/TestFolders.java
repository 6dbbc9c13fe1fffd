package io.locutor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.io.file.PathUtils;

/**
 * The temporary folders tests make outside JUnit's {@code @TempDir} (an application's data folder chosen before its
 * test instance exists, a packaged jar's working directory): made under the system temp folder with a
 * {@code locutor-} prefix and deleted by whoever made them once what used them has stopped. A run used to leave
 * thousands behind, and a disk over 90% used makes an embedded broker refuse (formerly block) every send.
 */
public final class TestFolders {

    private TestFolders() {
    }

    /** A new empty folder, {@code /tmp/locutor-<purpose>NNN}. */
    public static Path create(String purpose) {
        try {
            return Files.createTempDirectory("locutor-" + purpose);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the folder and everything in it, after what wrote there has stopped. One that cannot be deleted is named
     * on stderr rather than failing the test that used it: its result is already known, and the name is the lead.
     */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(folder);
        } catch (IOException e) {
            System.err.println("Test folder left behind: " + folder + " (" + e + ")");
        }
    }
}
