/** Voices: aliases, campaign recommendations and ElevenLabs' catalog; resolving a name into a voice id. */
package io.locutor.voice;
