/**
 * The drop-in doors: ElevenLabs' and OpenAI's own speech APIs on locutor's port. Each maps its request onto the
 * {@link io.locutor.synthesis.Speech} every other door builds, so the same core (cache, normalization, quotas,
 * retries, metrics) answers, and each answers (audio and errors) in its own API's terms.
 */
package io.locutor.compat;
