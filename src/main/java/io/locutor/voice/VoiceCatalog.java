package io.locutor.voice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.locutor.problem.LocutorException;
import io.locutor.synthesis.Speech;

/**
 * Knows the voices: locutor's aliases, the campaign recommendations and, once fetched, ElevenLabs' own list
 * (kept for {@code catalogTtlSeconds}). Resolves what a caller asked for into a voice id.
 */
public class VoiceCatalog {

    /** ElevenLabs voice ids are 20 letters and digits. */
    private static final Pattern VOICE_ID = Pattern.compile("[A-Za-z0-9]{20}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VoiceConfig config;
    private final boolean upstreamAvailable;
    private final Clock clock;
    private volatile UpstreamVoices upstream = new UpstreamVoices(List.of(), Instant.EPOCH);

    private final Map<String, String> campaignModels = new java.util.HashMap<>();

    public VoiceCatalog(VoiceConfig config, boolean upstreamAvailable, Clock clock) {
        this.config = config;
        this.upstreamAvailable = upstreamAvailable;
        this.clock = clock;
    }

    /** Fills in the voice id (from voice, campaign or default) and the model id. */
    public Speech resolve(Speech speech) {
        String asked = speech.voiceAsked();
        String voiceId;
        if (asked != null) {
            voiceId = voiceIdOf(asked, "voice");
        } else {
            String name = recommended(speech.campaign()).stream().findFirst().orElse(config.defaultVoice());
            voiceId = idOf(name).orElseThrow(() -> new LocutorException(500, "voice_misconfigured",
                    "The configured voice \"" + name + "\" is neither an alias nor a voice id: fix ELEVENLABS_DEFAULT_VOICE "
                            + "or locutor.voices.campaigns."));
        }
        String model = speech.modelId() != null ? speech.modelId()
                : campaignModels.getOrDefault(canonicalCampaign(speech.campaign()), config.defaultModel());
        return speech.withVoice(voiceId, model);
    }

    /**
     * Models per campaign ({@code campaign=model_id,...}), for requests that name none: a lighter, cheaper model for
     * simple campaigns, the premium one kept for critical ones. The model is part of the cache key, so each
     * campaign's audio is its own.
     */
    public VoiceCatalog withCampaignModels(String spec) {
        // a malformed entry stops the start with the setting's name
        VoiceConfig.pairs(spec, ",", "locutor.voices.campaign-models (LOCUTOR_CAMPAIGN_MODELS)")
                .forEach((campaign, model) -> campaignModels.put(canonicalCampaign(campaign), model));
        return this;
    }

    private String canonicalCampaign(String campaign) {
        if (campaign == null) {
            return "";
        }
        String key = campaign.toLowerCase(Locale.ROOT);
        return config.campaignSynonyms().getOrDefault(key, key);
    }

    /** The voice id an alias or id stands for; a 400 naming the field and the known names otherwise. */
    public String voiceIdOf(String nameOrId, String field) {
        return idOf(nameOrId).orElseThrow(() -> LocutorException.badRequest(field, "Unknown voice \"" + nameOrId
                + "\". Use a voice id or one of: " + String.join(", ", knownNames()) + "."));
    }

    /** The voice's language as ElevenLabs labels it, when the catalog has been fetched and says so. */
    public Optional<String> languageOf(String voiceId) {
        return upstream.voices().stream()
                .filter(v -> voiceId.equals(v.path("voice_id").asText()))
                .map(v -> v.path("labels").path("language").asText(v.path("verified_languages").path(0).path("language").asText("")))
                .filter(l -> !l.isBlank())
                .findFirst();
    }

    /** Recommended voice names for a campaign (Spanish or English campaign name), in order of preference. */
    public List<String> recommended(String campaign) {
        if (campaign == null) {
            return List.of();
        }
        String key = campaign.toLowerCase(Locale.ROOT);
        return config.campaigns().getOrDefault(config.campaignSynonyms().getOrDefault(key, key), List.of());
    }

    /** The answer of {@code GET /v1/voices/recommended}. */
    public Map<String, Object> recommendation(String campaign) {
        if (campaign == null || campaign.isBlank()) {
            throw LocutorException.badRequest("campaign", "Query parameter \"campaign\" is required. Known campaigns: "
                    + String.join(", ", config.campaigns().keySet()) + ".");
        }
        List<String> names = recommended(campaign);
        if (names.isEmpty()) {
            throw new LocutorException(404, "unknown_campaign", "No recommendation for campaign \"" + campaign
                    + "\". Known campaigns: " + String.join(", ", config.campaigns().keySet()) + " (or "
                    + String.join(", ", config.campaignSynonyms().keySet()) + ").", "campaign");
        }
        List<Map<String, Object>> voices = new ArrayList<>();
        for (String name : names) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("name", name);
            v.put("voice_id", idOf(name).orElse(null));
            voices.add(v);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        String key = campaign.toLowerCase(Locale.ROOT);
        answer.put("campaign", config.campaignSynonyms().getOrDefault(key, key));
        answer.put("voices", voices);
        return answer;
    }

    /** Whether ElevenLabs' voice list should be fetched (again) before answering. */
    public boolean needsRefresh() {
        return upstreamAvailable && clock.instant().isAfter(upstream.fetched().plusSeconds(config.catalogTtlSeconds()));
    }

    /** Keeps ElevenLabs' answer to {@code GET /v1/voices}. */
    public void refresh(String voicesJson) throws Exception {
        List<JsonNode> voices = new ArrayList<>();
        JSON.readTree(voicesJson).path("voices").forEach(voices::add);
        upstream = new UpstreamVoices(List.copyOf(voices), clock.instant());
    }

    /** The answer of {@code GET /v1/voices}: ElevenLabs' voices with locutor's aliases, then aliases not listed there. */
    public Map<String, Object> listing() {
        Map<String, List<String>> aliasesById = new LinkedHashMap<>();
        config.aliases().forEach((name, id) -> aliasesById.computeIfAbsent(id, k -> new ArrayList<>()).add(name));
        List<Map<String, Object>> voices = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (JsonNode v : upstream.voices()) {
            String id = v.path("voice_id").asText();
            listed.add(id);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("voice_id", id);
            entry.put("name", v.path("name").asText(null));
            entry.put("category", v.path("category").asText(null));
            entry.put("labels", JSON.convertValue(v.path("labels"), Map.class));
            entry.put("aliases", aliasesById.getOrDefault(id, List.of()));
            voices.add(entry);
        }
        aliasesById.forEach((id, names) -> {
            if (!listed.contains(id)) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("voice_id", id);
                entry.put("name", names.get(0));
                entry.put("aliases", names);
                voices.add(entry);
            }
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("voices", voices);
        answer.put("source", upstream.voices().isEmpty() ? "aliases" : "elevenlabs");
        if (!upstreamAvailable) {
            answer.put("note", "ELEVENLABS_API_KEY is not set: only locutor's aliases are listed.");
        }
        return answer;
    }

    private Optional<String> idOf(String nameOrId) {
        for (Map.Entry<String, String> alias : config.aliases().entrySet()) {
            if (alias.getKey().equalsIgnoreCase(nameOrId)) {
                return Optional.of(alias.getValue());
            }
        }
        if (VOICE_ID.matcher(nameOrId).matches()) {
            return Optional.of(nameOrId);
        }
        return upstream.voices().stream()
                .filter(v -> nameOrId.equalsIgnoreCase(v.path("name").asText()))
                .map(v -> v.path("voice_id").asText())
                .findFirst();
    }

    private List<String> knownNames() {
        Set<String> names = new LinkedHashSet<>(config.aliases().keySet());
        upstream.voices().forEach(v -> names.add(v.path("name").asText()));
        return new ArrayList<>(names);
    }

    private record UpstreamVoices(List<JsonNode> voices, Instant fetched) {
    }
}
