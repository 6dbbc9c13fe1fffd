package io.locutor.text;

/** Reads one kind of written token at a position, appending its spoken form. */
interface TokenReader {
    /**
     * Tries to read a token starting exactly at {@code pos} of {@code ctx.text}.
     *
     * @return the position after the token when it was read (its words appended to {@code ctx.out}), or -1 to decline
     *         (nothing appended)
     */
    int read(ReadContext ctx, int pos);
}
