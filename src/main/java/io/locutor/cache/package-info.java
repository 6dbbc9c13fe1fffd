/** The audio cache: key recipe, index of stored audio, and the single-flight lookup in front of ElevenLabs. */
package io.locutor.cache;
