package io.locutor.elevenlabs;

import io.locutor.problem.LocutorException;

/** ElevenLabs' stream broke after audio had started to flow: the caller's stream is cut and nothing is stored. */
public class StreamInterruptedException extends LocutorException {

    public StreamInterruptedException(String reason) {
        super(502, "elevenlabs_stream_interrupted", "ElevenLabs' stream broke off (" + reason
                + "); nothing was stored. Retry the request.");
    }
}
