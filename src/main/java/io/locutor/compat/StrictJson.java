package io.locutor.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.locutor.problem.LocutorException;

/**
 * Reads a compatible door's JSON body strictly (unknown or repeated fields, trailing tokens, nulls for primitives and
 * fractions for whole numbers are refused) and turns each refusal into a 400 naming the field. One place, so a shared request reader
 * can replace it.
 */
final class StrictJson {

    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private StrictJson() {
    }

    /** @param known the fields the body may have, named in the error for an unknown one */
    static <T> T read(String body, Class<T> type, String known) {
        if (body == null || body.isBlank()) {
            throw LocutorException.badRequest(null, "The request body is empty: send a JSON object (Content-Type: application/json).");
        }
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw LocutorException.badRequest(null, "The request body must be a JSON object.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw LocutorException.badRequest(e.getPropertyName(), "Unknown field \"" + e.getPropertyName()
                    + "\". Known fields: " + known + ".");
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw LocutorException.badRequest(field, field == null ? "The request body must be a JSON object."
                    : "Field \"" + field + "\" has the wrong type" + location(e) + ".");
        } catch (JsonProcessingException e) {
            throw LocutorException.badRequest(null, "The body is not valid JSON" + location(e) + ": " + e.getOriginalMessage());
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers are plain JSON values", e);
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
