package io.locutor.intake;

import io.locutor.problem.Problem;
import io.locutor.synthesis.Speech;

/** One request read from a file: its speech, or why it cannot be spoken; {@code line} is its line in the file. */
public record IntakeItem(int index, Long line, Speech speech, Delivery delivery, Problem.Detail error) {

    public boolean valid() {
        return error == null;
    }
}
