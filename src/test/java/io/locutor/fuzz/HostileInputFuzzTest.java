package io.locutor.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.locutor.intake.Deliveries;
import io.locutor.intake.IntakeFileException;
import io.locutor.intake.IntakeItem;
import io.locutor.intake.ScriptFiles;
import io.locutor.notify.CallbackGuard;
import io.locutor.problem.LocutorException;
import io.locutor.request.RequestReader;
import io.locutor.request.SpeechRequests;
import io.locutor.synthesis.Speech;
import io.locutor.text.NormalizerConfig;
import io.locutor.text.TextNormalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property-based fuzzing (jqwik) of what callers control: the strict request reader and typed request, the folder
 * door's TXT/JSON/CSV readers and the text normalizer. Any input gives a result or a clear 4xx refusal (a message, no
 * library name); never any other exception. Tries per property: junit-platform.properties ({@code jqwik.tries.default});
 * a longer run is in the README.
 */
class HostileInputFuzzTest {

    private static final SpeechRequests REQUESTS = new SpeechRequests(5000, new RequestReader());
    private static final ScriptFiles FILES = new ScriptFiles(REQUESTS, new Deliveries(new CallbackGuard(true)), Map.of());
    private static final TextNormalizer NORMALIZER = new TextNormalizer(NormalizerConfig.defaults());

    @Property
    void anyBytesAreARequestOrAClearRefusal(@ForAll @Size(max = 400) byte[] body) {
        readRequest(body);
    }

    @Property
    void anyTextIsARequestOrAClearRefusal(@ForAll("jsonish") String body) {
        readRequest(body);
        readRequest(body.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void anyFileIsItemsOrAClearRefusal(@ForAll("fileContents") String content, @ForAll("fileNames") String name) {
        try {
            List<IntakeItem> items = FILES.read(content.getBytes(StandardCharsets.UTF_8), name);
            assertNotNull(items);
            for (IntakeItem item : items) {
                assertTrue(item.valid() ? item.speech() != null : clear(item.error().message()), String.valueOf(item));
            }
        } catch (IntakeFileException e) {
            assertTrue(clear(e.getMessage()), e.getMessage());
        } catch (LocutorException e) {
            assertClear(e);
        }
    }

    @Property
    void anyBytesOfAFileAreItemsOrAClearRefusal(@ForAll @Size(max = 300) byte[] content, @ForAll("fileNames") String name) {
        try {
            FILES.read(content, name);
        } catch (IntakeFileException e) {
            assertTrue(clear(e.getMessage()), e.getMessage());
        } catch (LocutorException e) {
            assertClear(e);
        }
    }

    @Property
    void theNormalizerReadsAnyText(@ForAll("scripts") String text, @ForAll("languages") String language) {
        String spoken = NORMALIZER.normalize(text, language, null);
        assertNotNull(spoken);
    }

    private static void readRequest(Object body) {
        try {
            Speech speech = REQUESTS.parse(body, "application/json");
            assertFalse(speech.text().isBlank());
            assertTrue(RequestReader.loneSurrogate(speech.text()) < 0);
        } catch (LocutorException e) {
            assertClear(e);
        }
    }

    private static void assertClear(LocutorException e) {
        assertTrue(e.status() >= 400 && e.status() < 500, e.status() + " " + e.getMessage());
        assertTrue(clear(e.getMessage()), e.getMessage());
    }

    /**
     * A message for a person: present, bounded, no library class, method or setting named. (Backticks are not
     * refused here: a caller's own text, echoed with its position, may hold them.)
     */
    private static boolean clear(String message) {
        return message != null && !message.isBlank() && message.length() < 2000 && !message.contains("com.fasterxml")
                && !message.contains("Jackson") && !message.contains("StreamReadConstraints")
                && !message.contains("org.apache") && !message.contains("Exception") && !message.contains("Field \"null\"");
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", "\\", "\\u", "\\ud800", "\\udc00",
                "text", "voice", "voice_settings", "speed", "language", "campaign", "output_format", "es-MX", "klingon",
                "true", "false", "null", "0", "-1", "1e999", "0.5", "1.1", "<break time=\"1s\"/>", "<?xml", "<!DOCTYPE",
                "<phoneme alphabet=\"ipa\" ph=\"a\">", "</phoneme>", "<speak>", " ", "\n", "\u0000", "ñ", "😀", "\uFEFF");
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(60);
        Arbitrary<String> mixed = Arbitraries.oneOf(token, token, token, random).list().ofMaxSize(40)
                .map(parts -> String.join("", parts));
        Arbitrary<String> valid = Combinators.combine(Arbitraries.strings().ofMaxLength(80), Arbitraries.of("es", "en-GB", "x", ""))
                .as((text, lang) -> "{\"text\": " + quote(text) + (lang.isEmpty() ? "" : ", \"language\": \"" + lang + "\"") + "}");
        return Arbitraries.oneOf(mixed, valid, random);
    }

    @Provide
    Arbitrary<String> fileContents() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("contact_id,text", "contact_id;text;voice", "# template: Hola {nombre}", "# campaign: x",
                        "c1,Hola", "c2,\"Hola, Ana\"", "c3,\"sin cerrar", "voice: Bella", "language: es-MX", "", "[", "{\"text\": \"Hola\"}",
                        "[{\"text\": \"a\"}, 1, {\"text\": 2}]", "\"\"", ",,,", "\uFEFFcontact_id,text"),
                Arbitraries.strings().ofMaxLength(40));
        return line.list().ofMaxSize(12).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("a.txt", "b.csv", "c.json", "D.CSV");
    }

    @Provide
    Arbitrary<String> scripts() {
        Arbitrary<String> token = Arbitraries.of("12", "1.234,56", "3/4", "9:05", "25,50 €", "$3", "+34 612 345 678",
                "Dr.", "S.A.", "XIV", "km", "%", "1/03/2025", "a@b.es", "https://x.es", "<break time=\"1s\"/>", " ", "\n",
                "-", "—", "ñ", "😀", "0000000000000000000000000", "1e10", ",", ".", "9999999999999999999999");
        return Arbitraries.oneOf(token, token, Arbitraries.strings().ofMaxLength(30)).list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("es", "en", "es-MX", "en-GB", "es-419");
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
