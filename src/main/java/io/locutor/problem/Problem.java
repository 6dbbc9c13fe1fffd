package io.locutor.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The error body every door answers with: {@code {"error": {"code", "message", "field"}}}. */
public record Problem(Detail error) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String code, String message, String field) {
    }

    public static Problem of(String code, String message, String field) {
        return new Problem(new Detail(code, message, field));
    }
}
