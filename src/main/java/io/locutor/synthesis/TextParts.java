package io.locutor.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.locutor.elevenlabs.ModelLimits;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Predicate;

/**
 * Long texts in parts the model accepts: cut at sentence ends, then at clause marks, then between words, never
 * inside a word unless a single word is longer than the limit. ElevenLabs gets each part's predecessors'
 * {@code request-id}s ({@code previous_request_ids}, at most 3) so the voice carries on across parts.
 */
public class TextParts {

    /** Exchange property holding the request ids of the parts synthesized so far. */
    public static final String PREVIOUS = "previousRequestIds";

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?…])\\s+");
    private static final Pattern CLAUSE = Pattern.compile("(?<=[,;:])\\s+");
    private static final Pattern WORD = Pattern.compile("\\s+");

    private final ModelLimits limits;

    public TextParts(ModelLimits limits) {
        this.limits = limits;
    }

    public boolean tooLong(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis) {
        Speech speech = synthesis.speech();
        return speech.normalizedText().length() > limits.limit(speech.modelId());
    }

    /** {@link #tooLong} as a route's condition, bound as {@code textTooLong} for {@code ref:} (no exchange copy). */
    public Predicate tooLongCondition() {
        return exchange -> tooLong(SynthesisContext.of(exchange));
    }

    /** The parts, in order, each a Speech of its own text (same voice, model, settings, format, language). */
    public List<Speech> parts(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, Exchange exchange) {
        Speech speech = synthesis.speech();
        exchange.setProperty(PREVIOUS, new ArrayList<String>());
        List<Speech> parts = new ArrayList<>();
        for (String text : split(speech.normalizedText(), limits.limit(speech.modelId()))) {
            parts.add(speech.withNormalized(speech.language(), text, speech.lexiconVersion()));
        }
        return parts;
    }

    /** A part's own synthesis, on its own (split) exchange: its speech is the part's. */
    public void part(@Body Speech part, @ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis,
                     Exchange exchange) {
        exchange.setProperty(SynthesisContext.PROPERTY, synthesis.part(part));
    }

    /** After a part: its request id joins the list the next part sends. */
    public void remember(@ExchangeProperty(PREVIOUS) List<String> previous, @Body GeneratedAudio audio) {
        if (previous != null && audio != null && audio.requestId() != null) {
            previous.add(audio.requestId());
        }
    }

    static List<String> split(String text, int limit) {
        List<String> out = new ArrayList<>();
        pack(text, limit, new Pattern[] {SENTENCE, CLAUSE, WORD}, 0, out);
        return out;
    }

    private static void pack(String text, int limit, Pattern[] levels, int level, List<String> out) {
        if (text.length() <= limit) {
            out.add(text);
            return;
        }
        if (level == levels.length) {
            for (int i = 0; i < text.length(); i += limit) {
                out.add(text.substring(i, Math.min(text.length(), i + limit)));
            }
            return;
        }
        StringBuilder current = new StringBuilder();
        for (String piece : levels[level].split(text)) {
            if (piece.length() > limit) {
                flush(current, out);
                pack(piece, limit, levels, level + 1, out);
            } else if (current.length() == 0) {
                current.append(piece);
            } else if (current.length() + 1 + piece.length() <= limit) {
                current.append(' ').append(piece);
            } else {
                flush(current, out);
                current.append(piece);
            }
        }
        flush(current, out);
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
