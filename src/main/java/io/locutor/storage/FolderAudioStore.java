package io.locutor.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/** The embedded default: one file per audio in a folder, served by locutor itself at {@code <publicUrl>/v1/audio/<name>}. */
public class FolderAudioStore implements AudioStore {

    private final Path root;
    private final String publicUrl;

    public FolderAudioStore(Path root, String publicUrl) throws IOException {
        this.root = Files.createDirectories(root);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public void save(String cacheKey, String extension, String contentType, Path file, Map<String, String> metadata)
            throws IOException {
        // Readers see either no file or the whole file: one atomic rename when the file is on this file system (the
        // scratch folder beside the store); otherwise copied in beside it first, then renamed.
        Path target = path(cacheKey, extension);
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return;
        } catch (AtomicMoveNotSupportedException elsewhere) {
            // another file system: staged below
        }
        Path staged = Files.createTempFile(root, cacheKey, ".part");
        Files.move(file, staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public boolean exists(String cacheKey, String extension) {
        return Files.isRegularFile(path(cacheKey, extension));
    }

    /** Walks the folder (finished audio only, not {@code .part} files); called per metrics scrape. */
    @Override
    public Optional<Usage> usage() {
        long[] totals = new long[2];
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, f -> !f.getFileName().toString().endsWith(".part"))) {
            for (Path file : files) {
                totals[0]++;
                totals[1] += Files.size(file);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new Usage(totals[0], totals[1]));
    }

    @Override
    public Optional<byte[]> read(String cacheKey, String extension) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(path(cacheKey, extension)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Path> localFile(String cacheKey, String extension) {
        Path file = path(cacheKey, extension);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public boolean delete(String cacheKey, String extension) throws IOException {
        return Files.deleteIfExists(path(cacheKey, extension));
    }

    @Override
    public String url(String cacheKey, String extension) {
        return url(cacheKey, extension, publicUrl);
    }

    @Override
    public String url(String cacheKey, String extension, String base) {
        return base + "/v1/audio/" + cacheKey + "." + extension;
    }

    private Path path(String cacheKey, String extension) {
        return root.resolve(cacheKey + "." + extension);
    }
}
