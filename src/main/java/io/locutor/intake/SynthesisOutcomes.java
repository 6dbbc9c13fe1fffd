package io.locutor.intake;


import io.locutor.observe.LocutorMetrics;
import io.locutor.problem.LocutorException;
import io.locutor.problem.Problem;
import io.locutor.problem.Problems;
import io.locutor.synthesis.SynthesisResult;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

/**
 * The outcome of a synthesis at the doors that do not answer over HTTP (a folder item, a queue message, an async job).
 * They call the core through {@code enrich}: the core answers nobody, its failure comes back here as the enriched
 * exchange's exception and is described once, as this door's outcome. The body becomes the {@link SynthesisResult} or
 * the {@link Problem}, property {@code failed} says which, and the request's synthesis (what the access log and the
 * meters say about it) joins the door's exchange.
 * <p>
 * Why {@code enrich} and not a {@code doTry} around {@code to}: the circuit breaker inside the core runs "as if in a
 * try block" and clears that marker from the exchange when it ends, the marker of the door's own {@code doTry} with it,
 * so the door's error handler, not its {@code doCatch}, would take the failure. The enriched copy keeps the door's
 * exchange out of it; what the request took (its claim, its reservation) still releases itself when the copy ends.
 */
public class SynthesisOutcomes implements AggregationStrategy {

    public static final String FAILED = "failed";

    private final Problems problems;
    private final LocutorMetrics metrics;

    public SynthesisOutcomes(Problems problems, LocutorMetrics metrics) {
        this.problems = problems;
        this.metrics = metrics;
    }

    @Override
    public Exchange aggregate(Exchange door, Exchange synthesis) {
        Throwable failure = SynthesisContext.failureOf(synthesis);
        if (synthesis.getProperty(SynthesisContext.PROPERTY) != null) {
            door.setProperty(SynthesisContext.PROPERTY, synthesis.getProperty(SynthesisContext.PROPERTY));
        }
        if (failure != null) {
            LocutorException problem = problems.reported(failure);
            door.setProperty(LocutorMetrics.STATUS, problem.status());
            door.getMessage().setBody(Problem.of(problem.code(), problem.getMessage(), problem.field()));
        } else {
            door.getMessage().setBody(synthesis.getMessage().getBody());
        }
        door.setProperty(FAILED, failure != null);
        return door;
    }

    /** Starts a file item: keeps it and its delivery as properties, and answers its speech (null when it is unreadable). */
    public io.locutor.synthesis.Speech start(@Body IntakeItem item, Exchange exchange) {
        exchange.setProperty("item", item);
        exchange.setProperty(Deliveries.PROPERTY, item.delivery());
        return item.speech();
    }

    /**
     * A file item's manifest entry: from its synthesis (result or problem), or the error found when reading it. The item
     * is settled here: counted at its door and written to the access log.
     */
    public ItemOutcome item(@ExchangeProperty("item") IntakeItem item, @Body Object synthesis, Exchange exchange) {
        String id = item.delivery().id();
        ItemOutcome outcome;
        if (synthesis instanceof SynthesisResult r) {
            outcome = new ItemOutcome(item.index(), id, item.line(), r.audioUrl(), r.cacheKey(), r.cached(), r.characters(), null);
        } else {
            Problem.Detail error = synthesis instanceof Problem p ? p.error() : item.error();
            outcome = new ItemOutcome(item.index(), id, item.line(), null, null, null, null,
                    new ItemOutcome.Error(error.code(), error.message(), error.field()));
        }
        metrics.settled(outcome.failed() ? outcome.error().code() : null, exchange);
        return outcome;
    }
}
