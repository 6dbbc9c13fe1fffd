// The official ElevenLabs JS SDK against locutor, with only its base URL changed. Run by ElevenLabsSdkIT
// (node --test), which starts the packaged jar with WireMock as ElevenLabs and passes:
//   LOCUTOR_URL        locutor's base URL
//   LOCUTOR_API_KEY    one of locutor's API keys (sent by the SDK as xi-api-key)
//   VOICE_ID           a voice in the simulated ElevenLabs catalog
//   AUDIO_SHA256       the SHA-256 of the simulated audio
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { ElevenLabsClient, ElevenLabsError } from "@elevenlabs/elevenlabs-js";

const { LOCUTOR_URL, LOCUTOR_API_KEY, VOICE_ID, AUDIO_SHA256 } = process.env;
const client = new ElevenLabsClient({ apiKey: LOCUTOR_API_KEY, baseUrl: LOCUTOR_URL, maxRetries: 0 });

async function bytesOf(stream) {
  const chunks = [];
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

test("textToSpeech.convert answers the audio, with ElevenLabs' headers", async () => {
  const { data, rawResponse } = await client.textToSpeech
    .convert(VOICE_ID, {
      text: "Hola, su pedido 15 llega hoy.",
      modelId: "eleven_multilingual_v2",
      outputFormat: "mp3_44100_128",
      voiceSettings: { stability: 0.5, similarityBoost: 0.75 },
      seed: 11,
    })
    .withRawResponse();
  assert.equal(sha256(await bytesOf(data)), AUDIO_SHA256);
  assert.equal(rawResponse.headers.get("content-type"), "audio/mpeg");
  assert.ok(rawResponse.headers.get("request-id"), "request-id header");
  assert.match(rawResponse.headers.get("x-character-count") ?? "", /^\d+$/);
});

test("textToSpeech.stream relays the audio", async () => {
  const audio = await client.textToSpeech.stream(VOICE_ID, { text: "Un stream desde el SDK.", outputFormat: "mp3_44100_128" });
  assert.equal(sha256(await bytesOf(audio)), AUDIO_SHA256);
});

test("textToSpeech.convertWithTimestamps answers the audio with its alignment", async () => {
  const answer = await client.textToSpeech.convertWithTimestamps(VOICE_ID, { text: "Hola con tiempos." });
  assert.equal(sha256(Buffer.from(answer.audioBase64, "base64")), AUDIO_SHA256);
  assert.deepEqual(answer.alignment.characters, ["H", "o"]);
});

test("voices.search, voices.get, voices.getAll, models.list and user.subscription.get", async () => {
  const page = await client.voices.search({ search: "luc", pageSize: 10 });
  assert.equal(page.voices[0].voiceId, VOICE_ID);
  assert.equal(page.totalCount, 1);
  assert.equal(page.hasMore, false);
  const voice = await client.voices.get(VOICE_ID);
  assert.equal(voice.name, "Lucia");
  const all = await client.voices.getAll();
  assert.ok(all.voices.some((v) => v.voiceId === VOICE_ID));
  const models = await client.models.list();
  assert.ok(models.some((m) => m.modelId === "eleven_multilingual_v2"));
  const subscription = await client.user.subscription.get();
  assert.equal(subscription.tier, "creator");
});

test("a bad request raises the SDK's UnprocessableEntityError", async () => {
  await assert.rejects(
    client.textToSpeech.convert(VOICE_ID, { text: "Hola.", voiceSettings: { stability: 3 } }),
    (error) => {
      assert.ok(error instanceof ElevenLabsError, String(error));
      assert.equal(error.statusCode, 422);
      assert.equal(error.constructor.name, "UnprocessableEntityError");
      assert.match(JSON.stringify(error.body), /stability/);
      return true;
    },
  );
});

test("an unknown voice raises the SDK's NotFoundError", async () => {
  await assert.rejects(client.voices.get("NoSuchVoice000000000"), (error) => {
    assert.equal(error.statusCode, 404);
    assert.equal(error.body.detail.status, "voice_not_found");
    return true;
  });
});

test("a key locutor does not know is refused with 401 and ElevenLabs' invalid_api_key", async () => {
  const stranger = new ElevenLabsClient({ apiKey: "sk_not_a_locutor_key_0000", baseUrl: LOCUTOR_URL, maxRetries: 0 });
  await assert.rejects(stranger.textToSpeech.convert(VOICE_ID, { text: "Hola." }), (error) => {
    assert.ok(error instanceof ElevenLabsError, String(error));
    assert.equal(error.statusCode, 401);
    assert.equal(error.body.detail.status, "invalid_api_key");
    return true;
  });
});
