package io.locutor.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks a request body against ElevenLabs' own OpenAPI schema (test resource elevenlabs/openapi-subset.json). */
public final class ElevenLabsContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOC = "classpath:elevenlabs/openapi-subset.json";
    private static final JsonSchema TTS_BODY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(DOC + "#/components/schemas/Body_text_to_speech_full"));

    private ElevenLabsContract() {
    }

    /** Valid against the schema, and every field sent is one the schema declares (a typo would be ignored upstream). */
    public static void assertValidTextToSpeechBody(String body) throws Exception {
        JsonNode node = JSON.readTree(body);
        Set<ValidationMessage> errors = TTS_BODY.validate(node);
        assertEquals(Set.of(), errors, "request body violates Body_text_to_speech_full: " + body);
        JsonNode declared = JSON.readTree(ElevenLabsContract.class.getResourceAsStream("/elevenlabs/openapi-subset.json"))
                .at("/components/schemas/Body_text_to_speech_full/properties");
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!declared.has(name)) {
                unknown.add(name);
            }
        }
        assertTrue(unknown.isEmpty(), "fields ElevenLabs does not declare: " + unknown);
        JsonNode settingsDeclared = JSON.readTree(ElevenLabsContract.class.getResourceAsStream("/elevenlabs/openapi-subset.json"))
                .at("/components/schemas/VoiceSettingsResponseModel/properties");
        node.path("voice_settings").fieldNames().forEachRemaining(n ->
                assertTrue(settingsDeclared.has(n), "voice setting ElevenLabs does not declare: " + n));
    }
}
