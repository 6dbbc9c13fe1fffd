package io.locutor.elevenlabs;

import java.io.IOException;

/** ElevenLabs answered 200 without a byte of audio: transient, so the call is made again. */
public class EmptyAudioException extends IOException {

    public EmptyAudioException() {
        super("ElevenLabs answered 200 with an empty body");
    }
}
