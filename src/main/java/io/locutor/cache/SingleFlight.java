package io.locutor.cache;

import java.time.Duration;

/** Decides which request generates a cache key when identical requests arrive at once, in one instance or many. */
public interface SingleFlight {

    /** The caller's claim on the key's generation, which it must release; or null when another request owns it. */
    Flight claim(String key);

    /** Ends the claim (a second release is ignored); identical requests waiting here get the failure, if any. */
    void release(Flight flight, Throwable failure);

    /** One owner's claim: the key and a token no other claim has. */
    record Flight(String key, String token) {
    }

    /**
     * Waits at most {@code wait} for the owner to finish or give up, then returns so the caller looks again.
     *
     * @throws GenerationFailedException when the owner in this instance failed: waiters answer with its failure
     */
    void awaitTurn(String key, Duration wait);
}
