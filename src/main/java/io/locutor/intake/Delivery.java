package io.locutor.intake;

import java.io.Serializable;

/**
 * Where a request came from and where its result goes, kept beside the speech (not in it: it does not change the
 * audio). {@code id} names the item in a manifest, {@code correlationId} and {@code replyTo} belong to the queue door.
 */
public record Delivery(String door, String id, String callbackUrl, String correlationId, String replyTo, boolean async)
        implements Serializable {

    public static final String REST = "rest";
    public static final String FILE = "file";
    public static final String QUEUE = "queue";
}
