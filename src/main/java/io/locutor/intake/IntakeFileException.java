package io.locutor.intake;

/** A whole file that cannot be read as requests: what is wrong and where (line and column when known, 1-based). */
public class IntakeFileException extends RuntimeException {

    private final Long line;
    private final Long column;

    public IntakeFileException(String message, Long line, Long column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    public Long line() {
        return line;
    }

    public Long column() {
        return column;
    }
}
