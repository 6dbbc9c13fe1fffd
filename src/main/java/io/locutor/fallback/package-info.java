/** What stands in when ElevenLabs cannot answer: another model, another voice, then a local speech engine. */
package io.locutor.fallback;
