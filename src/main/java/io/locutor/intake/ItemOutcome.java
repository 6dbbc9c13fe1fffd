package io.locutor.intake;

import java.io.Serializable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One manifest entry: the item's audio, or its error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemOutcome(
        @JsonIgnore int index,
        String id,
        Long line,
        @JsonProperty("audio_url") String audioUrl,
        @JsonProperty("cache_key") String cacheKey,
        Boolean cached,
        Long characters,
        Error error) implements Serializable {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String code, String message, String field) implements Serializable {
    }

    @JsonIgnore
    public boolean failed() {
        return error != null;
    }
}
