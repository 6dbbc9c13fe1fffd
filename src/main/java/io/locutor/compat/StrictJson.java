package io.locutor.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.locutor.problem.LocutorException;
import io.locutor.request.RequestReader;

/**
 * Reads a compatible door's JSON body: first through locutor's one {@link RequestReader} (strict UTF-8, exactly one
 * object, bounded depth and lengths, no repeated fields, no lone surrogates), then bound to the door's own record
 * strictly (unknown fields, nulls for primitives and fractions for whole numbers are refused), each refusal a 400
 * naming the field.
 */
final class StrictJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private StrictJson() {
    }

    /** @param known the fields the body may have, named in the error for an unknown one */
    static <T> T read(RequestReader reader, Object body, Class<T> type, String known) {
        ObjectNode object = reader.readObject(body, "request body");
        try {
            return JSON.treeToValue(object, type);
        } catch (UnrecognizedPropertyException e) {
            throw LocutorException.badRequest(e.getPropertyName(), "Unknown field \"" + e.getPropertyName()
                    + "\". Known fields: " + known + ".");
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw LocutorException.badRequest(field, field == null ? "The request body must be a JSON object."
                    : "Field \"" + field + "\" has the wrong type.");
        } catch (JsonProcessingException e) {
            throw LocutorException.badRequest(null, "The request body could not be read as this API's request.");
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers are plain JSON values", e);
        }
    }
}
