package io.locutor.request;

import java.nio.charset.StandardCharsets;

import io.locutor.problem.LocutorException;
import io.locutor.synthesis.Speech;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strict request reader and the typed request fields: every hostile body of the issue is a 400 whose message
 * names the problem and the fix, never "Field \"null\"" and never a library class or setting name.
 */
class RequestReaderTest {

    private final SpeechRequests requests = new SpeechRequests(5000, new RequestReader());

    private LocutorException refused(Object body) {
        LocutorException e = assertThrows(LocutorException.class, () -> requests.parse(body, "application/json"));
        assertEquals(400, e.status());
        assertEquals("invalid_request", e.code());
        String m = e.getMessage();
        assertFalse(m.contains("null\""), m);
        assertFalse(m.contains("Jackson") || m.contains("jackson") || m.contains("StreamReadConstraints")
                || m.contains("com.fasterxml") || m.contains("()") || m.contains("`"), m);
        return e;
    }

    @Test
    void exactlyOneObjectNothingAfterIt() {
        assertTrue(refused("{\"text\":\"Hola\"} xyz").getMessage().contains("more after"));
        assertTrue(refused("{\"text\":\"Hola\"}{\"text\":\"Adiós\"}").getMessage().contains("exactly one"));
        assertTrue(refused("[{\"text\":\"Hola\"}]").getMessage().contains("not an array"));
        assertTrue(refused("\"Hola\"").getMessage().contains("not a string"));
        assertTrue(refused("42").getMessage().contains("not a number"));
        assertTrue(refused("true").getMessage().contains("not true or false"));
        assertTrue(refused("null").getMessage().contains("JSON object"));
        assertTrue(refused("{\"text\": \"Hola\"").getMessage().contains("not valid JSON (line 1"));
        assertEquals("text", refused("{\"text\":\"a\",\"text\":\"b\"}").field());
    }

    @Test
    void nestingNumbersAndNamesAreBoundedWithTheirOwnMessage() {
        String deep = "{\"voice_settings\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertTrue(refused(deep).getMessage().contains("deeper than"), refused(deep).getMessage());
        String bigNumber = "{\"text\":\"Hola\",\"voice_settings\":{\"speed\":" + "9".repeat(2000) + "}}";
        assertTrue(refused(bigNumber).getMessage().contains("number longer than"));
        String longName = "{\"" + "n".repeat(100_000) + "\":1}";
        assertTrue(refused(longName).getMessage().contains("field name longer than"));
        assertTrue(refused(longName).getMessage().length() < 400);
    }

    @Test
    void fieldsAreTyped() {
        assertEquals("text", refused("{\"text\": 5}").field());
        assertTrue(refused("{\"text\": true}").getMessage().contains("must be a string"));
        assertEquals("voice", refused("{\"text\":\"Hola\",\"voice\":[\"a\"]}").field());
        assertEquals("voice_settings.speed", refused("{\"text\":\"Hola\",\"voice_settings\":{\"speed\":\"fast\"}}").field());
        assertEquals("voice_settings", refused("{\"text\":\"Hola\",\"voice_settings\":3}").field());
        assertEquals("voice_settings.use_speaker_boost",
                refused("{\"text\":\"Hola\",\"voice_settings\":{\"use_speaker_boost\":\"yes\"}}").field());
        LocutorException unknown = refused("{\"text\":\"Hola\",\"evil\\nINFO forged\":1}");
        assertFalse(unknown.getMessage().contains("\n"), unknown.getMessage());
        assertFalse(unknown.field().contains("\n"));
        Speech ok = requests.parse("{\"text\":\"Hola\",\"voice_settings\":{\"speed\":1.1,\"use_speaker_boost\":false}}", null);
        assertEquals(1.1, ok.settings().speed());
    }

    @Test
    void onlyValidUtf8AndWholeCharacters() {
        byte[] malformed = "{\"text\":\"Hola X\"}".getBytes(StandardCharsets.UTF_8);
        malformed[13] = (byte) 0xC3; // a lead byte followed by an ASCII byte
        assertTrue(refused(malformed).getMessage().contains("not valid UTF-8 (bad byte at offset 13)"));
        byte[] encodedSurrogate = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertTrue(refused(encodedSurrogate).getMessage().contains("UTF-8"));
        assertEquals("text", refused("{\"text\":\"Hola \\ud800 mundo\"}").field());
        assertEquals("text", refused("{\"text\":\"Hola \\udc00\"}").field());
        assertEquals("campaign", refused("{\"text\":\"Hola\",\"campaign\":\"\\ud83d\"}").field());
        Speech emoji = requests.parse("{\"text\":\"Hola \\ud83d\\ude00\"}".getBytes(StandardCharsets.UTF_8), null);
        assertEquals("Hola \uD83D\uDE00", emoji.text());
        Speech bom = requests.parse("\uFEFF{\"text\":\"Hola\"}".getBytes(StandardCharsets.UTF_8), null);
        assertEquals("Hola", bom.text());
    }

    @Test
    void languagesAreSpanishOrEnglishTagsPassedOnAsWritten() {
        for (String tag : new String[] {"es", "en", "es-MX", "en-GB", "ES-mx", "es-419"}) {
            assertEquals(tag, requests.parse("{\"text\":\"Hola\",\"language\":\"" + tag + "\"}", null).language());
        }
        for (String tag : new String[] {"klingon", "../../etc", "fr", "e", "es_MX!", "x-private"}) {
            LocutorException e = refused("{\"text\":\"Hola\",\"language\":\"" + tag + "\"}");
            assertEquals("language", e.field());
            assertTrue(e.getMessage().contains("es-MX") && e.getMessage().contains("en-GB"), e.getMessage());
        }
    }

    @Test
    void ssmlIsWellFormedAndLimitedToWhatElevenLabsReads() {
        for (String ok : new String[] {"Hola <break time=\\\"1s\\\"/> mundo", "5 < 6 y 7 > 3",
                "<speak>Di <phoneme alphabet=\\\"ipa\\\" ph=\\\"ˈtomeɪtoʊ\\\">tomato</phoneme></speak>",
                "Pausa <break time=\\\"500ms\\\" />."}) {
            requests.parse("{\"text\":\"" + ok + "\"}", null);
        }
        String[] bad = {"<?xml version=\\\"1.0\\\"?><speak>Hola</speak>", "<!DOCTYPE speak>Hola",
                "<!ENTITY x \\\"y\\\">Hola &x;", "Hola <!-- nota --> mundo", "Hola <break time=\\\"1s\\\">",
                "<phoneme alphabet=\\\"ipa\\\" ph=\\\"x\\\">hola", "Hola </speak>", "Hola <break time=1s/>",
                "Hola <break time=\\\"10s\\\"/>", "<prosody rate=\\\"slow\\\">Hola</prosody>",
                "<phoneme alphabet=\\\"klingon\\\" ph=\\\"x\\\">hola</phoneme>", "Hola <break time=\\\"1s\\\" foo=\\\"x\\\"/>",
                "Hola <break"};
        for (String text : bad) {
            LocutorException e = refused("{\"text\":\"" + text + "\"}");
            assertEquals("text", e.field(), text);
        }
        assertTrue(refused("{\"text\":\"<prosody rate=\\\"slow\\\">Hola</prosody>\"}").getMessage().contains("<prosody>"));
    }
}
