package io.locutor.intake;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file's results as they arrive, one entry per item (a redelivered item replaces its entry, so a campaign resumed
 * after a crash still ends with one entry per row). Serializable: with Redis it is the aggregation state.
 */
public class Manifest implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int expected;
    private final Map<Integer, ItemOutcome> outcomes = new LinkedHashMap<>();

    public Manifest(String file, int expected) {
        this.file = file;
        this.expected = expected;
    }

    void add(ItemOutcome outcome) {
        outcomes.put(outcome.index(), outcome);
    }

    @JsonIgnore
    public boolean complete() {
        return outcomes.size() >= expected;
    }

    @JsonProperty("file")
    public String file() {
        return file;
    }

    @JsonProperty("items")
    public int items() {
        return expected;
    }

    @JsonProperty("succeeded")
    public long succeeded() {
        return outcomes.values().stream().filter(o -> !o.failed()).count();
    }

    @JsonProperty("failed")
    public long failed() {
        return outcomes.values().stream().filter(ItemOutcome::failed).count();
    }

    @JsonProperty("results")
    public List<ItemOutcome> results() {
        List<ItemOutcome> sorted = new ArrayList<>(outcomes.values());
        sorted.sort(Comparator.comparingInt(ItemOutcome::index));
        return sorted;
    }
}
