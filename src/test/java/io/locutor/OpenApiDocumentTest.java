package io.locutor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /openapi.json: the hand-kept OpenAPI document against the routes the application actually runs: every REST
 * verb documented (and nothing documented that does not exist), under its verb id as operationId, and every JSON
 * example valid against its own schema.
 */
class OpenApiDocumentTest extends LocutorTestSupport {

    private static final String DOC = "classpath:openapi/locutor.json";

    @Test
    void everyRestVerbIsDocumentedAndNothingElse() throws Exception {
        var served = getText("/openapi.json");
        assertEquals(200, served.statusCode());
        assertEquals("application/json", served.headers().firstValue("Content-Type").orElse(""));
        JsonNode doc = json(served);
        assertTrue(doc.path("openapi").asText().startsWith("3."), "an OpenAPI 3 document");

        Set<String> routes = new TreeSet<>();
        for (RestDefinition rest : context.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions()) {
            for (VerbDefinition verb : rest.getVerbs()) {
                String path = (rest.getPath() == null ? "" : rest.getPath()) + verb.getPath();
                routes.add(verb.asVerb() + " " + path + " " + verb.getId());
            }
        }
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op ->
                    documented.add(op.getKey() + " " + path.getKey() + " " + op.getValue().path("operationId").asText()));
        }
        assertEquals(routes, documented, "REST verbs (method path id) and the document's operations differ");
    }

    @Test
    void everyExampleFitsItsSchema() throws Exception {
        JsonNode doc = json(getText("/openapi.json"));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = "/paths/" + pointer(path.getKey()) + "/" + op.getKey();
                checked += check(doc, where + "/requestBody/content/application~1json", failures);
                for (Iterator<String> codes = op.getValue().path("responses").fieldNames(); codes.hasNext(); ) {
                    checked += check(doc, where + "/responses/" + codes.next() + "/content/application~1json", failures);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked >= 40, "examples checked: " + checked);
    }

    @Test
    void realAnswersFitTheDocumentedSchemas() throws Exception {
        JsonNode doc = json(getText("/openapi.json"));
        String speech = doc.at("/paths/~1v1~1audio/post/requestBody/content/application~1json/example").toString();
        assertFits("/paths/~1v1~1audio/post/responses/200", postJson("/v1/audio", speech));
        assertFits("/paths/~1v1~1text~1normalize/post/responses/200", postJson("/v1/text/normalize", speech));
        assertFits("/paths/~1v1~1audio/post/responses/400", postJson("/v1/audio", "{}"));
        assertFits("/paths/~1v1~1voices/get/responses/200", getText("/v1/voices"));
        assertFits("/paths/~1v2~1voices/get/responses/200", getText("/v2/voices"));
        assertFits("/paths/~1v1~1text-to-speech~1{voice_id}/post/responses/422",
                postJson("/v1/text-to-speech/Bella", "{\"text\": \"Hola.\", \"voice_settings\": {\"stability\": 3}}"));
        assertFits("/paths/~1v1~1audio~1speech/post/responses/400",
                postJson("/v1/audio/speech", "{\"input\": \"Hola.\", \"voice\": \"alloy\", \"response_format\": \"flac\"}"));
    }

    private static void assertFits(String response, java.net.http.HttpResponse<String> answer) throws Exception {
        String status = response.substring(response.lastIndexOf('/') + 1);
        assertEquals(status, Integer.toString(answer.statusCode()), answer.body());
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(DOC + "#" + response + "/content/application~1json/schema"));
        assertEquals(Set.of(), schema.validate(JSON.readTree(answer.body())), response + ": " + answer.body());
    }

    /** Validates the example at {@code content} against the schema beside it (references resolved in the document). */
    private static int check(JsonNode doc, String content, List<String> failures) {
        JsonNode media = doc.at(content);
        if (media.isMissingNode()) {
            return 0;
        }
        if (!media.has("example")) {
            failures.add(content + ": no example");
            return 0;
        }
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(DOC + "#" + content + "/schema"));
        Set<ValidationMessage> errors = schema.validate(media.get("example"));
        if (!errors.isEmpty()) {
            failures.add(content + ": " + errors);
        }
        return 1;
    }

    private static String pointer(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
