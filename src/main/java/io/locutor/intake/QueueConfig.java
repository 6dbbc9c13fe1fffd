package io.locutor.intake;

/**
 * The queue door's settings: broker URL ({@code embedded} for the built-in one), queue names, redelivery budget.
 * {@code resultDeadLetters} takes the results (and replies) a consumer keeps failing on, as {@code deadLetters} takes
 * requests locutor keeps failing on.
 */
public record QueueConfig(String url, String user, String password, String requests, String results, String deadLetters,
                          int maxDeliveries, long redeliveryDelayMillis, String resultDeadLetters) {

    public boolean embedded() {
        return url == null || url.isBlank() || url.equalsIgnoreCase("embedded");
    }
}
