package io.locutor.wiring;

import java.nio.file.Path;

import io.locutor.Settings;
import io.locutor.api.PublicAddress;
import io.locutor.storage.AudioStorage;
import io.locutor.storage.AudioStore;
import io.locutor.storage.AudioStores;
import io.locutor.storage.StoredAudioFiles;
import org.apache.camel.CamelContext;

/** Where audio is kept (a folder, or S3 with its client as a service) and how stored files are served. */
record StorageWiring(AudioStore audioStore, AudioStorage audioStorage, StoredAudioFiles storedAudioFiles) {

    static StorageWiring wire(CamelContext camel, Settings settings, Path audioFolder, PublicAddress address) throws Exception {
        AudioStore store = AudioStores.fromSettings(camel, audioFolder, address.base());
        return new StorageWiring(store, new AudioStorage(store),
                new StoredAudioFiles(store, !settings.get("locutor.security.api-keys").isBlank()));
    }
}
