package io.locutor.intake;


import io.locutor.observe.LocutorMetrics;
import io.locutor.problem.LocutorException;
import io.locutor.problem.Problem;
import io.locutor.problem.Problems;
import io.locutor.synthesis.SynthesisResult;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

/**
 * The non-REST doors call the synthesis core through {@code enrich}, so a failure the core has already answered
 * (as a Problem) comes back as this door's outcome instead of ending the door's route: the body becomes the
 * {@link SynthesisResult} or the {@link Problem}, and property {@code failed} says which.
 */
public class SynthesisOutcomes implements AggregationStrategy {

    public static final String FAILED = "failed";

    private final Problems problems;

    public SynthesisOutcomes(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Exchange aggregate(Exchange original, Exchange synthesis) {
        Throwable failure = synthesis.getException() != null ? synthesis.getException()
                : synthesis.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        boolean failed = failure != null || !(synthesis.getMessage().getBody() instanceof SynthesisResult);
        // what the access log and metrics say about this request, found out inside the synthesis
        for (String fact : new String[] {"speech", LocutorMetrics.OUTCOME, LocutorMetrics.BILLED}) {
            if (synthesis.getProperty(fact) != null) {
                original.setProperty(fact, synthesis.getProperty(fact));
            }
        }
        if (failed) {
            LocutorException problem = problems.describe(failure);
            original.setProperty(LocutorMetrics.STATUS, problem.status());
            original.getMessage().setBody(Problem.of(problem.code(), problem.getMessage(), problem.field()));
        } else {
            original.getMessage().setBody(synthesis.getMessage().getBody());
        }
        original.setProperty(FAILED, failed);
        return original;
    }

    /** Starts a file item: keeps it and its delivery as properties, and answers its speech (null when it is unreadable). */
    public io.locutor.synthesis.Speech start(@Body IntakeItem item, Exchange exchange) {
        exchange.setProperty("item", item);
        exchange.setProperty(Deliveries.PROPERTY, item.delivery());
        return item.speech();
    }

    /** A file item's manifest entry: from its synthesis (result or problem), or the error found when reading it. */
    public ItemOutcome item(@ExchangeProperty("item") IntakeItem item, @Body Object synthesis) {
        String id = item.delivery().id();
        if (synthesis instanceof SynthesisResult r) {
            return new ItemOutcome(item.index(), id, item.line(), r.audioUrl(), r.cacheKey(), r.cached(), r.characters(), null);
        }
        Problem.Detail error = synthesis instanceof Problem p ? p.error() : item.error();
        return new ItemOutcome(item.index(), id, item.line(), null, null, null, null,
                new ItemOutcome.Error(error.code(), error.message(), error.field()));
    }
}
