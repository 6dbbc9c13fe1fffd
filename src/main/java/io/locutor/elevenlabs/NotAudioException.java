package io.locutor.elevenlabs;

import java.io.IOException;

/**
 * ElevenLabs (or a proxy in front of it) answered 200 with something that is not audio of the requested format: an
 * HTML error page, JSON, or bytes without the format's signature. Treated like a broken answer: retried within the
 * budget, never stored.
 */
public class NotAudioException extends IOException {

    public NotAudioException(String what) {
        super(what);
    }
}
