package io.locutor.wiring;

import io.locutor.Settings;
import io.locutor.compat.CompatibleAudio;
import io.locutor.compat.ElevenLabsDoor;
import io.locutor.compat.ErrorDialects;
import io.locutor.compat.OpenAiDoor;
import io.locutor.elevenlabs.StreamAnswers;
import io.locutor.problem.Problems;
import io.locutor.voice.VoiceCatalog;

/** The ElevenLabs- and OpenAI-compatible doors (issue 14): the same request reader and validation as locutor's own. */
record CompatWiring(ElevenLabsDoor elevenLabsDoor, OpenAiDoor openAiDoor, CompatibleAudio compatibleAudio,
                    ErrorDialects errorDialects) {

    static CompatWiring wire(Settings settings, RequestWiring requests, VoiceCatalog voices, StreamAnswers streamAnswers,
                             Problems problems) {
        return new CompatWiring(
                new ElevenLabsDoor(requests.requestReader(), requests.speechRequests(), voices),
                new OpenAiDoor(requests.requestReader(), requests.speechRequests(),
                        OpenAiDoor.voiceMap(settings.get("locutor.openai.voices"))),
                new CompatibleAudio(streamAnswers),
                new ErrorDialects(problems));
    }
}
