package io.locutor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.HeldAnswer;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watched folder (routes/file-intake.camel.yaml, intake-item), with WireMock as ElevenLabs and a temp inbox. */
class FileIntakeRouteTest extends LocutorTestSupport {

    private static final String[] NAMES = {"Ana", "Pérez; Juan", "Luis", "Marta", "Sofía", "Diego", "Elena", "", "Pablo", "Irene"};

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.intake.poll-delay", "100");
        p.put("locutor.intake.read-lock-interval", "200");
        p.put("locutor.intake.parallelism", "4");
        // a file waited for would hold every later one far longer than any test waits
        p.put("locutor.intake.read-lock-timeout", "60000");
    }

    private Path inbox() {
        return dataDir().resolve("inbox");
    }

    private Path outbox() {
        return dataDir().resolve("outbox");
    }

    /** Drops a file (written elsewhere, then moved in, as a careful sender does) and waits until it is processed. */
    private void drop(String name, byte[] content) throws Exception {
        dropFile(name, content, null);
    }

    /** Drops a file and returns its manifest, read once this drop's manifest has been written (never an older one). */
    private JsonNode dropForManifest(String name, byte[] content) throws Exception {
        NotifyBuilder written = new NotifyBuilder(context).wereSentTo("file:*").whenDone(1).create();
        dropFile(name, content, written);
        String manifest = name.substring(0, name.lastIndexOf('.')) + ".result.json";
        return JSON.readTree(outbox().resolve(manifest).toFile());
    }

    private void dropFile(String name, byte[] content, NotifyBuilder manifestWritten) throws Exception {
        // The file's own exchange (not its split items, nor the manifest): done once the file has moved on.
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("file-intake")
                .filter(e -> e.getProperty(Exchange.SPLIT_INDEX) == null && name.equals(e.getIn().getHeader(Exchange.FILE_NAME)))
                .whenDone(1).create();
        Path staging = dataDir().resolve("staging");
        Files.createDirectories(staging);
        Files.createDirectories(inbox());
        Files.write(staging.resolve(name), content);
        Files.move(staging.resolve(name), inbox().resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(done.matches(30, TimeUnit.SECONDS), "the file was not processed");
        if (manifestWritten != null) {
            assertTrue(manifestWritten.matches(30, TimeUnit.SECONDS), "no manifest was written for " + name);
        }
    }

    private int upstreamCalls() {
        return elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).size();
    }

    @Test
    void campaignCsvOfFiftyContactsBillsEachDistinctTextOnceAndReportsBadRows() throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFF# campaign: recordatorios\n# template: Hola {nombre}, su pedido {pedido} llega mañana.\n");
        csv.append("contact_id;nombre;pedido\n");
        Set<String> distinctGood = new HashSet<>();
        for (int i = 1; i <= 50; i++) {
            String nombre = NAMES[i % 10];
            int pedido = 100 + i % 4;
            csv.append("c").append(i).append(";\"").append(nombre).append("\";").append(pedido).append('\n');
            if (!nombre.isEmpty()) {
                distinctGood.add(nombre + "|" + pedido);
            }
        }
        JsonNode manifest = dropForManifest("campana.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(50, manifest.path("items").asInt());
        assertEquals(50, manifest.path("results").size());
        assertEquals(45, manifest.path("succeeded").asInt(), manifest.toPrettyString());
        assertEquals(5, manifest.path("failed").asInt());
        for (JsonNode r : manifest.path("results")) {
            int i = Integer.parseInt(r.path("id").asText().substring(1));
            if (i % 10 == 7) {
                assertEquals("nombre", r.path("error").path("field").asText(), r.toString());
                assertEquals(i + 3, r.path("line").asInt(), "line of the row in the file: " + r);
                assertFalse(r.has("audio_url"));
            } else {
                assertTrue(r.path("audio_url").asText().startsWith("http"), r.toString());
                assertTrue(r.path("cache_key").asText().matches("[0-9a-f]{64}"));
            }
        }
        assertEquals(distinctGood.size(), upstreamCalls(), "one upstream call per distinct good text");
        assertTrue(Files.exists(inbox().resolve(".done/campana.csv")));

        elevenLabs.resetRequests();
        JsonNode again = dropForManifest("campana.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(0, upstreamCalls(), "the same file again bills nothing");
        assertEquals(45, again.path("succeeded").asInt());
        for (JsonNode r : again.path("results")) {
            if (!r.has("error")) {
                assertTrue(r.path("cached").asBoolean(), r.toString());
                assertEquals(0, r.path("characters").asInt());
            }
        }
    }

    @Test
    void textFileWithHeaderLinesUsesThemAndJsonArrayReportsEachItem() throws Exception {
        JsonNode manifest = dropForManifest("aviso.txt", "voice: Adam\nlanguage: es\n\nSu cita es mañana a las 10:30.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("aviso", manifest.path("results").get(0).path("id").asText());
        assertEquals(1, elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/pNInz6obpgDQGcFmaJgB"))).size());

        JsonNode lote = dropForManifest("lote.json", """
                [{"id": "a1", "text": "Primer aviso del lote."},
                 {"id": "a2", "text": "Segundo aviso", "output_format": "mp3_1_1"},
                 {"id": "a3", "text": ""}]""".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, lote.path("succeeded").asInt(), lote.toPrettyString());
        assertEquals("output_format", lote.path("results").get(1).path("error").path("field").asText());
        assertEquals("text", lote.path("results").get(2).path("error").path("field").asText());
    }

    @Test
    void unreadableFilesMoveToErrorWithWhatAndWhere() throws Exception {
        drop("roto.json", "[{\"text\": \"hola\"},\n {\"text\": \"adios\" \"voice\": 1}]".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.exists(inbox().resolve(".error/roto.json")));
        JsonNode error = JSON.readTree(inbox().resolve(".error/roto.json.error.json").toFile());
        assertEquals(2, error.path("line").asInt(), error.toString());
        assertTrue(error.path("column").asInt() > 1, error.toString());
        assertFalse(Files.exists(outbox().resolve("roto.result.json")));

        drop("sin-id.csv", "nombre,text\nAna,Hola Ana\n".getBytes(StandardCharsets.UTF_8));
        JsonNode csvError = JSON.readTree(inbox().resolve(".error/sin-id.csv.error.json").toFile());
        assertTrue(csvError.path("message").asText().contains("contact_id"), csvError.toString());
        assertEquals(1, csvError.path("line").asInt());

        drop("abierta.csv", "contact_id,text\nc1,Hola\nc2,\"Hola Ana\nc3,Adiós\n".getBytes(StandardCharsets.UTF_8));
        JsonNode unbalanced = JSON.readTree(inbox().resolve(".error/abierta.csv.error.json").toFile());
        assertEquals(3, unbalanced.path("line").asInt(), unbalanced.toString());
        assertEquals(4, unbalanced.path("column").asInt(), unbalanced.toString());
        assertTrue(unbalanced.path("message").asText().contains("never closed"), unbalanced.toString());

        drop("comillas.csv", "contact_id,text\nc1,\"Hola\" Ana\n".getBytes(StandardCharsets.UTF_8));
        JsonNode quoteError = JSON.readTree(inbox().resolve(".error/comillas.csv.error.json").toFile());
        assertEquals(2, quoteError.path("line").asInt(), quoteError.toString());
        assertTrue(quoteError.has("column"), quoteError.toString());
    }

    @Test
    void anEmptyFileMovesToErrorWithItsReasonAndHoldsNoOtherFile() throws Exception {
        // Far longer than the test could wait: were the empty file waited for, the good one would be held behind it.
        NotifyBuilder good = new NotifyBuilder(context).fromRoute("file-intake")
                .filter(e -> e.getProperty(Exchange.SPLIT_INDEX) == null && "despues.txt".equals(e.getIn().getHeader(Exchange.FILE_NAME)))
                .whenDone(1).create();
        drop("vacio.txt", new byte[0]);
        assertTrue(Files.exists(inbox().resolve(".error/vacio.txt")));
        JsonNode empty = JSON.readTree(inbox().resolve(".error/vacio.txt.error.json").toFile());
        assertEquals("invalid_file", empty.path("code").asText(), empty.toString());
        assertTrue(empty.path("message").asText().contains("empty"), empty.toString());
        for (int i = 0; i < 3; i++) {
            Files.write(inbox().resolve("vacio-" + i + ".json"), new byte[0]);
        }
        drop("despues.txt", "Hola, este archivo llega después de los vacíos.".getBytes(StandardCharsets.UTF_8));
        assertTrue(good.matches(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(inbox().resolve(".done/despues.txt")));
    }

    /**
     * What a failed item took (its single-flight claim, its quota reservation) is released when that item ends, not
     * when its whole file does: an identical request arriving while the file's other item is still generating must
     * not wait for the file, nor inherit the item's failure; it asks ElevenLabs itself.
     */
    @Test
    void aFailedItemReleasesItsClaimWhenItEndsNotWhenItsFileDoes() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1)
                .withRequestBody(containing("Falla enseguida"))
                .willReturn(ElevenLabsSimulator.error(400, "{\"detail\":{\"status\":\"invalid_text\",\"message\":\"no\"}}")));
        // held until the test has seen what it must see while it generates: no delay a busy machine can outlast
        HeldAnswer.hold("Tarda mucho");
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1)
                .withRequestBody(containing("Tarda mucho"))
                .willReturn(ElevenLabsSimulator.audioResponse().withTransformers(HeldAnswer.NAME)));
        CompletableFuture<Void> slowArrived = ElevenLabsSimulator.arrivalOf("Tarda mucho");
        CompletableFuture<Void> slowAnswered = ElevenLabsSimulator.completionOf("Tarda mucho");
        // Watched from outside, not woven in: an adviceWith swaps the running intake-item route, and Camel 4.17's
        // DirectProducer refreshes its cached consumer non-atomically (the state counter is written before the
        // consumer), so of two items sent at once right after the swap, one could still go to the removed route, whose
        // stopped error handler rejected it (RejectedExecutionException): the file refused as internal_error, its
        // other item never asking ElevenLabs.
        CompletableFuture<String> failedItemEnded = new CompletableFuture<>();
        EventNotifierSupport itemEnds = new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeSentEvent sent && sent.getEndpoint().getEndpointUri().startsWith("direct://intake-item")
                        && sent.getExchange().getMessage().getBody() instanceof io.locutor.intake.ItemOutcome item && item.failed()) {
                    failedItemEnded.complete(item.error().code());
                }
            }
        };
        context.getManagementStrategy().addEventNotifier(itemEnds);
        itemEnds.start();

        NotifyBuilder fileDone = new NotifyBuilder(context).fromRoute("file-intake")
                .filter(e -> e.getProperty(Exchange.SPLIT_INDEX) == null && "par.json".equals(e.getIn().getHeader(Exchange.FILE_NAME)))
                .whenDone(1).create();
        Files.createDirectories(inbox());
        Path staging = Files.createDirectories(dataDir().resolve("staging"));
        Files.writeString(staging.resolve("par.json"), "[{\"text\": \"Falla enseguida.\"}, {\"text\": \"Tarda mucho.\"}]");
        Files.move(staging.resolve("par.json"), inbox().resolve("par.json"));

        try {
            slowArrived.get(30, TimeUnit.SECONDS);
            String code = failedItemEnded.get(30, TimeUnit.SECONDS);
            HttpResponse<String> identical = postJson("/v1/audio", "{\"text\": \"Falla enseguida.\"}");

            assertFalse(slowAnswered.isDone(), "the file's other item is still generating");
            assertFalse(fileDone.matches(0, TimeUnit.SECONDS), "the file has not ended");
            assertEquals(code, JSON.readTree(identical.body()).path("error").path("code").asText(), identical.body());
            assertEquals(2, elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))
                    .withRequestBody(containing("Falla enseguida"))).size(),
                    "the identical request asked ElevenLabs itself: the failed item's claim was already released");
        } finally {
            HeldAnswer.release("Tarda mucho");
            context.getManagementStrategy().removeEventNotifier(itemEnds);
        }
        assertTrue(fileDone.matches(30, TimeUnit.SECONDS));
    }
}
