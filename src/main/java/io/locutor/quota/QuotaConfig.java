package io.locutor.quota;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-campaign character budgets ({@code locutor.quota.<campaign>.daily} / {@code .monthly}) and the alert thresholds
 * (fractions of a budget, e.g. 0.8 and 1.0).
 */
public record QuotaConfig(Map<String, Long> daily, Map<String, Long> monthly, List<Double> thresholds) {

    private static final Pattern KEY = Pattern.compile("([a-z0-9_-]+)\\.(daily|monthly)");

    private static final Pattern BUDGET = Pattern.compile("(\\d+)\\s*/\\s*(day|daily|month|monthly)");

    /**
     * @param settings settings under {@code locutor.quota.}, keyed by the rest of their name
     * @param budgets  {@code LOCUTOR_CAMPAIGN_BUDGETS} by campaign: {@code 50000/day,1000000/month}; these win over
     *                 the same campaign's {@code locutor.quota.<campaign>.*} keys
     */
    public static QuotaConfig parse(Map<String, String> settings, Map<String, String> budgets, String thresholds) {
        QuotaConfig config = parse(settings, thresholds);
        budgets.forEach((campaign, value) -> {
            for (String budget : value.split(",")) {
                Matcher m = BUDGET.matcher(budget.strip().toLowerCase(java.util.Locale.ROOT));
                if (!m.matches() || !KEY.matcher(campaign + ".daily").matches()) {
                    throw new IllegalStateException("LOCUTOR_CAMPAIGN_BUDGETS (locutor.campaigns.budgets): \"" + campaign + "="
                            + value + "\" must read <campaign>=<characters>/day or /month, e.g. ventas=50000/day,1000000/month");
                }
                (m.group(2).startsWith("da") ? config.daily : config.monthly)
                        .put(campaign, Long.parseLong(m.group(1)));
            }
        });
        return config;
    }

    /** @param settings settings under {@code locutor.quota.}, keyed by the rest of their name */
    public static QuotaConfig parse(Map<String, String> settings, String thresholds) {
        Map<String, Long> daily = new TreeMap<>();
        Map<String, Long> monthly = new TreeMap<>();
        settings.forEach((name, value) -> {
            Matcher m = KEY.matcher(name.toLowerCase(java.util.Locale.ROOT));
            if (!m.matches() || value.isBlank()) {
                return;
            }
            long budget;
            try {
                budget = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("Setting locutor.quota." + name + " must be a whole number of characters, not \"" + value + "\"");
            }
            (m.group(2).equals("daily") ? daily : monthly).put(m.group(1), budget);
        });
        List<Double> levels = Arrays.stream(thresholds.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> Double.parseDouble(s) / 100.0).sorted().toList();
        return new QuotaConfig(daily, monthly, levels);
    }

    public Optional<Long> budget(Period period, String campaign) {
        return Optional.ofNullable((period == Period.DAILY ? daily : monthly).get(campaign));
    }

    public java.util.Set<String> campaigns() {
        java.util.Set<String> all = new java.util.TreeSet<>(daily.keySet());
        all.addAll(monthly.keySet());
        return all;
    }
}
