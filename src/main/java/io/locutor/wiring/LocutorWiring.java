package io.locutor.wiring;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import io.locutor.Settings;
import io.locutor.api.CacheHitDoor;
import io.locutor.api.StoredAudioDoor;
import io.locutor.observe.MeterRegistries;
import io.locutor.quota.QuotaConfig;
import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.spi.Registry;

/**
 * The composition root: locutor's one configuration class. It calls one wiring unit per domain in dependency order,
 * giving each what it needs (the settings, the clock, and the beans of the domains before it) as arguments, and binds
 * what each returns by the names the routes call ({@code ref:} in routes/). A unit cannot run before the domains it
 * needs: it takes their beans as arguments. Nothing here or in a unit looks a bean up in the registry, except the
 * meter registry camel-main binds from {@code camel.metrics.*} before configuration runs (found once,
 * {@link MeterRegistries}). docs/ARCHITECTURE.md ("Wiring") has the order and the reasons.
 */
public class LocutorWiring implements CamelConfiguration {

    @Override
    public void configure(CamelContext camel) throws Exception {
        Settings settings = new Settings(camel.getPropertiesComponent());
        Clock clock = Clock.systemUTC();
        Path data = Path.of(settings.get("locutor.data-dir"));
        Path scratch = data.resolve("tmp");
        Registry beans = camel.getRegistry();

        // secrets masked before anything can log them; the meter registry camel-main bound before configuration ran
        ObserveWiring.maskSecrets(settings);
        MeterRegistry meters = MeterRegistries.bound(camel);
        ObserveWiring.timeDoorsNotCore(camel);

        ApiWiring api = ApiWiring.wire(camel, settings);
        beans.bind("vertx", api.vertx());
        beans.bind("rememberPublicAddress", (Processor) api.publicAddress()::remember);
        beans.bind("callerAudioSinks", api.callerAudioSinks());

        ElevenLabsWiring elevenLabs = ElevenLabsWiring.wire(camel, settings, scratch, meters, clock);
        beans.bind("elevenLabsRequests", elevenLabs.requests());
        beans.bind("elevenLabsResponses", elevenLabs.responses());
        beans.bind("shapeTextToSpeech", RouteSteps.settingBody(exchange -> elevenLabs.requests().textToSpeech(
                SynthesisContext.find(exchange), exchange.getMessage().getHeaders(),
                exchange.getProperty("previousRequestIds", List.class), exchange)));
        beans.bind("readElevenLabsAudio", RouteSteps.settingBody(exchange -> elevenLabs.responses().audio(
                exchange.getMessage().getBody(InputStream.class), SynthesisContext.find(exchange), exchange.getMessage().getHeaders())));
        beans.bind("elevenLabsSlots", elevenLabs.slots());
        beans.bind("takeElevenLabsSlot", elevenLabs.slots().acquireStep());
        beans.bind("countElevenLabsSuccess", elevenLabs.slots().succeededStep());
        beans.bind("giveBackElevenLabsSlot", elevenLabs.slots().releaseStep());
        beans.bind("elevenLabsErrors", elevenLabs.errors());
        beans.bind("elevenLabsRetries", elevenLabs.retries());
        beans.bind("modelLimits", elevenLabs.modelLimits());
        beans.bind("modelLimitsStale", elevenLabs.modelLimits().needsRefreshCondition());

        VoiceWiring voices = VoiceWiring.wire(settings, elevenLabs.config(), clock);
        beans.bind("voiceCatalog", voices.voiceCatalog());
        TextWiring text = TextWiring.wire(settings);
        beans.bind("textNormalizer", text.textNormalizer());

        StorageWiring storage = StorageWiring.wire(camel, settings, data.resolve("audio"), api.publicAddress());
        beans.bind("audioStore", storage.audioStore());
        beans.bind("storeAudio", RouteSteps.settingBody(exchange -> storage.audioStorage().store(
                exchange.getMessage().getBody(GeneratedAudio.class), SynthesisContext.find(exchange))));
        beans.bind("storedAudioFiles", storage.storedAudioFiles());

        CacheWiring cache = CacheWiring.wire(camel, settings, clock, meters, storage.audioStore(), voices.voiceCatalog());
        beans.bind("sharedStore", cache.sharedStore());
        beans.bind("audioIndex", cache.audioIndex());
        beans.bind("cacheKeys", cache.cacheKeys());
        beans.bind("publishAudio", (Processor) exchange -> cache.audioCache().publish(SynthesisContext.find(exchange),
                exchange.getMessage().getBody(GeneratedAudio.class)));
        beans.bind("audioToGenerate", cache.audioCache().claimUnlessStoredCondition());
        beans.bind("cachePurge", cache.cachePurge());
        cache.backendHealth().ifPresent(check -> beans.bind("cacheBackendHealthCheck", check)); // found by camel-health

        RequestWiring requests = RequestWiring.wire(settings);
        beans.bind("requestReader", requests.requestReader());
        beans.bind("speechRequests", requests.speechRequests());
        beans.bind("speechFromJson", RouteSteps.settingBody(exchange -> requests.speechRequests().fromJson(
                exchange.getMessage().getBody(), exchange.getMessage().getHeader("Content-Type", String.class), exchange)));
        beans.bind("jsonAnswers", requests.jsonAnswers());
        beans.bind("writeJsonAnswer", RouteSteps.settingBody(exchange -> requests.jsonAnswers().write(
                exchange.getMessage().getBody(), exchange.getMessage().getHeaders())));

        SynthesisWiring synthesis = SynthesisWiring.wire(text, voices, elevenLabs, storage, cache.audioCache(), cache.cacheKeys(),
                api.publicAddress());
        beans.bind("speechText", synthesis.speechText());
        beans.bind("prepareSpeech", RouteSteps.settingBody(exchange -> synthesis.speechPreparation().prepare(
                exchange.getMessage().getBody(Speech.class), exchange)));
        beans.bind("textParts", synthesis.textParts());
        beans.bind("textTooLong", synthesis.textParts().tooLongCondition());
        beans.bind("audioJoiner", synthesis.audioJoiner());
        beans.bind("answerSynthesis", RouteSteps.settingBody(exchange -> synthesis.synthesisResults().answer(
                SynthesisContext.find(exchange), exchange)));
        beans.bind("streamRelay", synthesis.streamRelay());
        beans.bind("streamAnswers", synthesis.streamAnswers());
        beans.bind("problems", synthesis.problems());

        FallbackWiring fallback = FallbackWiring.wire(settings, scratch, elevenLabs.errors(), cache.cacheKeys(),
                cache.audioCache(), storage.audioStore());
        beans.bind("localSpeech", fallback.localSpeech());
        beans.bind("fallbacks", fallback.fallbacks());

        CompatWiring compat = CompatWiring.wire(settings, requests, voices.voiceCatalog(), synthesis.streamAnswers(),
                synthesis.problems());
        beans.bind("elevenLabsDoor", compat.elevenLabsDoor());
        beans.bind("openAiDoor", compat.openAiDoor());
        beans.bind("compatibleAudio", compat.compatibleAudio());
        beans.bind("errorDialects", compat.errorDialects());

        QuotaConfig budgets = QuotaWiring.config(settings);
        ObserveWiring observe = ObserveWiring.wire(camel, settings, meters, budgets.campaigns(), clock);
        beans.bind("locutorMetrics", observe.locutorMetrics());
        beans.bind("elevenLabsHealth", observe.elevenLabsHealth());
        beans.bind("elevenLabsHealthy", observe.elevenLabsHealth().succeededStep());
        // the cache counts its own hits and misses; every failure a door reports tells ElevenLabs' health
        cache.audioCache().countingLookups(observe.locutorMetrics()::lookedUp);
        synthesis.problems().watchedBy(observe.elevenLabsHealth()::failed);

        QuotaWiring quota = QuotaWiring.wire(camel, settings, budgets, cache.sharedStore(), observe.campaignLabels(),
                observe.locutorMetrics(), clock);
        beans.bind("reserveQuota", (Processor) exchange -> quota.campaignQuotas().reserve(SynthesisContext.find(exchange), exchange));
        beans.bind("settleQuota", (Processor) exchange -> quota.campaignQuotas().settle(SynthesisContext.find(exchange),
                exchange.getMessage().getBody(GeneratedAudio.class)));
        beans.bind("usageReport", quota.usageReport());
        beans.bind("alertWebhook", quota.alertWebhook());

        SecurityWiring security = SecurityWiring.wire(settings, cache.sharedStore(), clock);
        beans.bind("authorizeCaller", (Processor) security.apiKeys()::authorize);
        // stored audio kept as local files: answered on the HTTP server's event loop, ahead of the Camel door
        camel.addStartupListener(new StoredAudioDoor(storage.storedAudioFiles(),
                settings.integer("locutor.http.hot-audio-bytes"), security.apiKeys(),
                observe.locutorMetrics(), observe.httpServerRequests(), settings.integer("camel.server.port")));

        NotifyWiring notify = NotifyWiring.wire(camel, settings, data, cache.sharedStore(), api.publicAddress(),
                quota.alertWebhook(), clock);
        beans.bind("jobs", notify.jobs());
        beans.bind("webhooks", notify.webhooks());
        beans.bind("webhookFailures", notify.webhookFailures());
        beans.bind("webhookOutbox", notify.webhookOutbox());
        beans.bind("resultDestinations", notify.resultDestinations());
        beans.bind("resultHasDestinations", notify.resultDestinations().anyCondition());
        // a POST /v1/audio whose audio is stored: answered on the HTTP server's event loop, ahead of the Camel door
        camel.addStartupListener(new CacheHitDoor(requests.requestReader(), requests.speechRequests(),
                notify.resultDestinations(), synthesis.speechPreparation(), cache.audioCache(), synthesis.synthesisResults(),
                api.publicAddress(), security.apiKeys(), observe.locutorMetrics(), observe.httpServerRequests(),
                settings.integer("camel.server.port")));

        IntakeWiring intake = IntakeWiring.wire(camel, settings, data, requests, notify.callbackGuard(), synthesis.problems(),
                observe.locutorMetrics(), clock);
        beans.bind("intakeShutdown", intake.intakeShutdown());
        beans.bind("deliveries", intake.deliveries());
        beans.bind("deliveryFromHttp", RouteSteps.settingBody(exchange -> intake.deliveries().fromHttp(
                exchange.getMessage().getBody(), exchange.getMessage().getHeader("Prefer", String.class), exchange)));
        beans.bind("scriptFiles", intake.scriptFiles());
        beans.bind("synthesisOutcomes", intake.synthesisOutcomes());
        beans.bind("campaignProgress", intake.campaignProgress());
        beans.bind("manifests", intake.manifests());
        beans.bind("intakeErrors", intake.intakeErrors());
        beans.bind("intakeAggregation", intake.intakeAggregation());
        beans.bind("intakeWorkers", intake.intakeWorkers());
        beans.bind("intakeSameThread", intake.intakeSameThread());
        beans.bind("queueMessages", intake.queueMessages());

        observe.registerAtStart(camel, settings, storage.audioStore(), cache.audioIndex(), quota);
        // last: every other startup listener (the embedded broker's wait) has run before the gate opens
        camel.addStartupListener(api.gate());
    }
}
