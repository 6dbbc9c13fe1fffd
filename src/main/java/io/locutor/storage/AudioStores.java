package io.locutor.storage;

import io.locutor.Settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.apache.camel.CamelContext;

/** Picks the store from {@code locutor.storage.type}: {@code folder} (embedded default) or {@code s3}. */
public final class AudioStores {

    private AudioStores() {
    }

    public static AudioStore fromSettings(CamelContext camel, Path folder, String publicUrl) throws Exception {
        Settings settings = new Settings(camel.getPropertiesComponent());
        String type = settings.get("locutor.storage.type").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "folder" -> new FolderAudioStore(folder, publicUrl);
            case "s3" -> {
                S3AudioStore store = new S3AudioStore(new S3Config(
                        settings.get("locutor.storage.s3.bucket"),
                        settings.get("locutor.storage.s3.prefix"),
                        settings.get("locutor.storage.s3.region"),
                        settings.get("locutor.storage.s3.endpoint"),
                        settings.get("locutor.storage.s3.presign-endpoint"),
                        settings.bool("locutor.storage.s3.path-style"),
                        settings.get("locutor.storage.s3.access-key"),
                        settings.get("locutor.storage.s3.secret-key"),
                        Duration.ofSeconds(Long.parseLong(settings.get("locutor.storage.s3.presign-expiry"))),
                        settings.get("locutor.storage.s3.public-base-url"),
                        settings.bool("locutor.storage.s3.create-bucket")));
                // Its HTTP connections close with the application.
                camel.addService(store, true);
                yield store.ensureBucket();
            }
            default -> throw new IllegalStateException("Setting locutor.storage.type (LOCUTOR_STORAGE) must be folder or s3, not \"" + type + "\"");
        };
    }
}
