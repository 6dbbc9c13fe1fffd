package io.locutor.observe;

import java.util.Locale;
import java.util.Set;

/**
 * The campaign value metrics and usage counters are kept under: a campaign named in configuration keeps its name,
 * any other becomes {@code other} and none {@code none}, so callers cannot grow the number of series.
 */
public class CampaignLabels {

    public static final String OTHER = "other";
    public static final String NONE = "none";

    private final Set<String> known;

    public CampaignLabels(Set<String> known) {
        this.known = known.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    public String of(String campaign) {
        if (campaign == null || campaign.isBlank()) {
            return NONE;
        }
        String c = campaign.strip().toLowerCase(Locale.ROOT);
        return known.contains(c) ? c : OTHER;
    }

    public Set<String> known() {
        return known;
    }
}
