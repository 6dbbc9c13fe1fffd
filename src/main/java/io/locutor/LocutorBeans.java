package io.locutor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import io.locutor.api.CallerAudioSinks;
import io.locutor.api.HttpServerErrors;
import io.locutor.api.HttpServerVertx;
import io.locutor.api.PublicAddress;
import io.locutor.cache.AudioCache;
import io.locutor.cache.CacheKeys;
import io.locutor.cache.AudioIndex;
import io.locutor.cache.CacheBackends;
import io.locutor.cache.CacheConfig;
import io.locutor.cache.CachePurge;
import io.locutor.cache.SharedAudioIndex;
import io.locutor.cache.SharedStore;
import io.locutor.elevenlabs.ElevenLabsConfig;
import io.locutor.elevenlabs.ElevenLabsErrors;
import io.locutor.elevenlabs.ElevenLabsRequests;
import io.locutor.elevenlabs.ElevenLabsResponses;
import io.locutor.elevenlabs.ElevenLabsRetries;
import io.locutor.elevenlabs.ElevenLabsSlots;
import io.locutor.elevenlabs.StreamAnswers;
import io.locutor.elevenlabs.StreamRelay;
import io.locutor.fallback.Fallbacks;
import io.locutor.fallback.LocalSpeech;
import io.locutor.problem.Problems;
import io.locutor.request.RequestReader;
import io.locutor.request.SpeechRequests;
import io.locutor.storage.AudioStorage;
import io.locutor.storage.AudioStore;
import io.locutor.storage.AudioStores;
import io.locutor.storage.StoredAudioFiles;
import io.locutor.elevenlabs.ModelLimits;
import io.locutor.synthesis.AudioJoiner;
import io.locutor.synthesis.SpeechText;
import io.locutor.synthesis.TextParts;
import io.locutor.synthesis.SynthesisResults;
import io.locutor.text.NormalizerConfig;
import io.locutor.text.TextNormalizer;
import io.locutor.voice.VoiceCatalog;
import io.locutor.voice.VoiceConfig;
import io.vertx.core.VertxOptions;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpComponent;

/** Builds locutor's beans from application.properties and binds them by the names routes call them by. */
public class LocutorBeans implements CamelConfiguration {

    @Override
    public void configure(CamelContext camel) throws Exception {
        Settings settings = new Settings(camel.getPropertiesComponent());
        Clock clock = Clock.systemUTC();
        Path data = Path.of(settings.get("locutor.data-dir"));

        ElevenLabsConfig elevenLabs = new ElevenLabsConfig(
                settings.get("locutor.elevenlabs.api-key"),
                settings.get("locutor.elevenlabs.base-url"),
                settings.integer("locutor.elevenlabs.max-connections"),
                settings.integer("locutor.elevenlabs.pool-timeout"),
                settings.integer("locutor.elevenlabs.connection-timeout"),
                settings.integer("locutor.elevenlabs.read-timeout"),
                settings.set("locutor.elevenlabs.language-code-models"));
        configureHttpClient(camel, "http", elevenLabs);
        configureHttpClient(camel, "https", elevenLabs);
        // platform-http builds its Vert.x from these options: every request (and each stream, for its whole length)
        // holds a worker thread, and Vert.x's default of 20 would queue cache hits behind slow generations.
        // The Vert.x is locutor's own so that the HTTP decoder's 414/431 get the problem+json shape too (see HttpServerVertx).
        HttpServerVertx httpVertx = new HttpServerVertx(new VertxOptions()
                .setWorkerPoolSize(settings.integer("locutor.http.worker-threads")), settings.integer("locutor.http.event-loops"));
        camel.addLifecycleStrategy(httpVertx);
        bind(camel, "vertx", httpVertx.vertx());
        // The HTTP server's own 404/405/413 in the same problem+json shape as every other error
        camel.addStartupListener(new HttpServerErrors(settings.integer("camel.server.port")));

        VoiceCatalog voices = new VoiceCatalog(VoiceConfig.parse(
                settings.get("locutor.voices.aliases"),
                settings.get("locutor.voices.campaigns"),
                settings.get("locutor.voices.campaign-synonyms"),
                settings.get("locutor.elevenlabs.default-voice"),
                settings.get("locutor.elevenlabs.model"),
                settings.integer("locutor.voices.catalog-ttl")), elevenLabs.hasApiKey(), clock)
                .withCampaignModels(settings.get("locutor.voices.campaign-models"));

        String defaultLanguage = settings.get("locutor.text.default-language");
        TextNormalizer normalizer = new TextNormalizer(NormalizerConfig.parse(defaultLanguage,
                settings.get("locutor.text.reference-reading"),
                settings.get("locutor.lexicon.aliases"),
                settings.prefixed("locutor.lexicon.campaign."),
                settings.get("locutor.text.number-styles"))
                .withCampaignLanguages(campaignLanguages(settings)));

        PublicAddress address = PublicAddress.fromSettings(settings);
        AudioStore store = AudioStores.fromSettings(camel, data.resolve("audio"), address.base());
        ElevenLabsResponses responses = new ElevenLabsResponses(data.resolve("tmp"));
        ElevenLabsSlots slots = new ElevenLabsSlots(settings.integer("locutor.elevenlabs.concurrency"),
                elevenLabs.poolTimeoutSeconds() * 1000L);
        ElevenLabsErrors errors = new ElevenLabsErrors(slots,
                settings.integer("locutor.elevenlabs.max-retry-after") * 1000L);

        CacheConfig cache = new CacheConfig(settings.get("locutor.cache.backend"), settings.get("locutor.cache.redis-url"),
                Duration.ofMillis(settings.integer("locutor.cache.redis-timeout")),
                Duration.ofSeconds(settings.integer("locutor.cache.ttl")),
                Boolean.parseBoolean(settings.get("locutor.cache.ttl-extend-on-hit")),
                Duration.ofSeconds(settings.integer("locutor.cache.lock-ttl")),
                Duration.ofSeconds(settings.integer("locutor.cache.wait-timeout")));
        SharedStore shared = CacheBackends.sharedStore(camel, cache, clock);
        SharedAudioIndex audioIndex = new SharedAudioIndex(shared, cache.ttl(), cache.extendTtlOnHit(),
                Duration.ofSeconds(settings.integer("locutor.cache.ttl-max")));
        bind(camel, "audioIndex", audioIndex);

        bind(camel, "sharedStore", shared);
        // One strict JSON reader for every door (REST, folder, queue; and any door added later)
        RequestReader requestReader = new RequestReader();
        bind(camel, "requestReader", requestReader);
        SpeechRequests speechRequests = new SpeechRequests(settings.integer("locutor.request.max-text-length"), requestReader);
        bind(camel, "speechRequests", speechRequests);
        bind(camel, "voiceCatalog", voices);
        bind(camel, "speechText", new SpeechText(normalizer, voices, defaultLanguage));
        bind(camel, "textNormalizer", normalizer);
        CacheKeys cacheKeys = new CacheKeys();
        bind(camel, "cacheKeys", cacheKeys);
        AudioCache audioCache = new AudioCache(audioIndex, CacheBackends.singleFlight(camel, shared, cache), store,
                cache.waitTimeout(), clock)
                .expiringLocal(Duration.ofSeconds(settings.integer("locutor.fallback.local-ttl")));
        bind(camel, "audioCache", audioCache);
        bind(camel, "cachePurge", new CachePurge(audioIndex, store, voices));
        bind(camel, "audioStorage", new AudioStorage(store));
        StoredAudioFiles storedAudio = new StoredAudioFiles(store, !settings.get("locutor.security.api-keys").isBlank());
        bind(camel, "storedAudioFiles", storedAudio);
        // stored audio kept as local files: answered on the HTTP server's event loop, ahead of the Camel door
        camel.addStartupListener(new io.locutor.api.StoredAudioDoor(storedAudio, settings.integer("camel.server.port")));
        bind(camel, "synthesisResults", new SynthesisResults(store, address));
        bind(camel, "elevenLabsRequests", new ElevenLabsRequests(elevenLabs));
        bind(camel, "elevenLabsResponses", responses);
        bind(camel, "elevenLabsErrors", errors);
        bind(camel, "elevenLabsSlots", slots);
        bind(camel, "elevenLabsRetries", new ElevenLabsRetries(errors, camel));
        ModelLimits modelLimits = new ModelLimits(clock);
        bind(camel, "modelLimits", modelLimits);
        bind(camel, "textParts", new TextParts(modelLimits));
        bind(camel, "audioJoiner", new AudioJoiner());
        LocalSpeech local = new LocalSpeech(data.resolve("tmp"));
        bind(camel, "localSpeech", local);
        bind(camel, "fallbacks", new Fallbacks(errors, cacheKeys, local, audioCache, store, data.resolve("tmp"),
                settings.get("locutor.fallback.model"),
                settings.get("locutor.fallback.voice"), Boolean.parseBoolean(settings.get("locutor.fallback.local"))));
        bind(camel, "streamRelay", new StreamRelay(responses, audioCache));
        StreamAnswers streamAnswers = new StreamAnswers(store);
        bind(camel, "streamAnswers", streamAnswers);
        bind(camel, "callerAudioSinks", new CallerAudioSinks());
        Problems problems = new Problems(errors);
        bind(camel, "problems", problems);
        bind(camel, "audioStore", store);
        // the ElevenLabs- and OpenAI-compatible doors (issue 14): the same request reader and validation as locutor's
        bind(camel, "elevenLabsDoor", new io.locutor.compat.ElevenLabsDoor(requestReader, speechRequests, voices));
        bind(camel, "openAiDoor", new io.locutor.compat.OpenAiDoor(requestReader, speechRequests,
                io.locutor.compat.OpenAiDoor.voiceMap(settings.get("locutor.openai.voices"))));
        bind(camel, "compatibleAudio", new io.locutor.compat.CompatibleAudio(streamAnswers));
        bind(camel, "errorDialects", new io.locutor.compat.ErrorDialects(problems));
        bind(camel, "publicAddress", address);
    }

    /** One pooled HTTP client for ElevenLabs: pool size and waits from the seed's variables (seconds → ms). */
    private static void configureHttpClient(CamelContext camel, String scheme, ElevenLabsConfig config) {
        HttpComponent http = camel.getComponent(scheme, HttpComponent.class);
        // locutor's own pool: it reuses connections idle under 10 s without HttpClient's 1 ms check (ElevenLabsConnections)
        http.setClientConnectionManager(io.locutor.elevenlabs.ElevenLabsConnections.pool(config));
        http.setMaxTotalConnections(config.maxConnections());
        http.setConnectionsPerRoute(config.maxConnections());
        http.setConnectionRequestTimeout(config.poolTimeoutSeconds() * 1000L);
        http.setConnectTimeout(config.connectionTimeoutSeconds() * 1000L);
        http.setResponseTimeout(config.readTimeoutSeconds() * 1000L);
        http.setSoTimeout(config.readTimeoutSeconds() * 1000L);
        // Camel's redelivery policy is the only retry: the client's own would double calls and ignore the budget.
        http.setAutomaticRetriesDisabled(true);
        http.setRedirectHandlingDisabled(true);
    }

    private static void bind(CamelContext camel, String name, Object bean) {
        camel.getRegistry().bind(name, bean);
    }

    /**
     * Each campaign's locale ({@code campaign=tag,...}), under the campaign's name and its synonyms (sales and ventas
     * read alike); a malformed entry stops the start naming the setting.
     */
    private static java.util.Map<String, String> campaignLanguages(Settings settings) {
        java.util.Map<String, String> languages = new java.util.LinkedHashMap<>(io.locutor.voice.VoiceConfig.pairs(
                settings.get("locutor.text.campaign-languages"), ",", "locutor.text.campaign-languages (LOCUTOR_CAMPAIGN_LANGUAGES)"));
        io.locutor.voice.VoiceConfig.pairs(settings.get("locutor.voices.campaign-synonyms"), ",", "locutor.voices.campaign-synonyms")
                .forEach((synonym, campaign) -> {
                    if (languages.containsKey(campaign)) {
                        languages.putIfAbsent(synonym, languages.get(campaign));
                    } else if (languages.containsKey(synonym)) {
                        languages.putIfAbsent(campaign, languages.get(synonym));
                    }
                });
        return languages;
    }
}
