package io.locutor.support;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** Reads Prometheus text as /observe/metrics serves it: the sum of one metric's samples whose labels include the given ones. */
public final class PrometheusText {

    private final String text;

    public PrometheusText(String text) {
        this.text = text;
    }

    /** @param labels {@code name="value"} pairs every counted sample must carry */
    public double sum(String metric, String... labels) {
        double total = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(metric + "{") || line.startsWith(metric + " "))) {
                continue;
            }
            String labelPart = line.startsWith(metric + "{") ? line.substring(metric.length(), line.lastIndexOf('}') + 1) : "";
            if (Arrays.stream(labels).allMatch(labelPart::contains)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        if (!found) {
            throw new AssertionError("No sample of " + metric + " with " + Arrays.toString(labels) + " in:\n" + text);
        }
        return total;
    }

    /** Every metric name that has at least one sample. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int end = line.indexOf('{') > 0 ? line.indexOf('{') : line.indexOf(' ');
                names.add(line.substring(0, end));
            }
        }
        return names;
    }
}
