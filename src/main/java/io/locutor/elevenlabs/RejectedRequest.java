package io.locutor.elevenlabs;

import io.locutor.problem.LocutorException;

/** ElevenLabs refused the request itself (400, 404, 422): never retried, never counted against the circuit breaker. */
public class RejectedRequest extends UpstreamFailure {

    public RejectedRequest(LocutorException answer, String reason) {
        super(answer, reason, false, false);
    }
}
