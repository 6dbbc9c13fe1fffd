package io.locutor.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

/** Picks the store from {@code locutor.storage.type}: {@code folder} (embedded default) or {@code s3}. */
public final class AudioStores {

    private AudioStores() {
    }

    public static AudioStore fromSettings(CamelContext camel, Path folder, String publicUrl) throws Exception {
        PropertiesComponent properties = camel.getPropertiesComponent();
        String type = setting(properties, "locutor.storage.type").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "folder" -> new FolderAudioStore(folder, publicUrl);
            case "s3" -> {
                S3AudioStore store = new S3AudioStore(new S3Config(
                        setting(properties, "locutor.storage.s3.bucket"),
                        setting(properties, "locutor.storage.s3.prefix"),
                        setting(properties, "locutor.storage.s3.region"),
                        setting(properties, "locutor.storage.s3.endpoint"),
                        setting(properties, "locutor.storage.s3.presign-endpoint"),
                        Boolean.parseBoolean(setting(properties, "locutor.storage.s3.path-style")),
                        setting(properties, "locutor.storage.s3.access-key"),
                        setting(properties, "locutor.storage.s3.secret-key"),
                        Duration.ofSeconds(Long.parseLong(setting(properties, "locutor.storage.s3.presign-expiry"))),
                        setting(properties, "locutor.storage.s3.public-base-url"),
                        Boolean.parseBoolean(setting(properties, "locutor.storage.s3.create-bucket"))));
                // Its HTTP connections close with the application.
                camel.addService(store, true);
                yield store.ensureBucket();
            }
            default -> throw new IllegalStateException("Setting locutor.storage.type (LOCUTOR_STORAGE) must be folder or s3, not \"" + type + "\"");
        };
    }

    private static String setting(PropertiesComponent properties, String key) {
        return properties.resolveProperty(key).map(String::trim)
                .orElseThrow(() -> new IllegalStateException("Missing setting " + key + " in application.properties"));
    }
}
