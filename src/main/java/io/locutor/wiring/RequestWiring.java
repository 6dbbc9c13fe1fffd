package io.locutor.wiring;

import io.locutor.Settings;
import io.locutor.request.JsonAnswers;
import io.locutor.request.RequestReader;
import io.locutor.request.SpeechRequests;

/**
 * Reading a request and writing its JSON answer: one strict JSON reader and one validation for every door (REST,
 * compatible APIs, folder, queue), and one shared writer for every JSON answer.
 */
record RequestWiring(RequestReader requestReader, SpeechRequests speechRequests, JsonAnswers jsonAnswers) {

    static RequestWiring wire(Settings settings) {
        RequestReader reader = new RequestReader();
        return new RequestWiring(reader, new SpeechRequests(settings.integer("locutor.request.max-text-length"), reader), new JsonAnswers());
    }
}
