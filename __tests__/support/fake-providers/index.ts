/**
 * Fake AI providers for tests: real HTTP servers on 127.0.0.1 (random port) speaking each
 * provider's own wire format, so adapters are exercised through their real SDK/fetch code.
 *
 * Start one, point a connection at it, stop it:
 *
 *   allowFakeProviders();   // fakes live on loopback: list them in ALLOWED_PRIVATE_PROVIDER_HOSTS
 *   const fake = await startFakeOpenAI({ requiredKey: "sk-test" });
 *   const connection = { kind: "OPENAI", baseUrl: fake.baseUrl, apiKey: "sk-test" };
 *   ... run the pipeline ...
 *   expect(fake.lastRequest("/images/generations")?.body.n).toBe(2);
 *   await fake.close();
 *
 * Every fake (FakeProviderServer) has:
 *   baseUrl                 what to put in ProviderConnection.baseUrl
 *   origin                  http://127.0.0.1:<port>
 *   requests / lastRequest(pathPart)   recorded { method, path, query, headers, body, rawBody, receivedAt }
 *   answered                requests whose answer is ready (after delayMs), even if the client gave up
 *   requiredKey             when set, other keys get the provider's 401 (or Google's 400), echoing the key
 *   failWith({ status, message?, code?, headers?, times?, path? })
 *                           answer with that status in the provider's error body, e.g.
 *                           failWith({ status: 429, headers: { "retry-after": "7" }, times: 1 })
 *   delayMs                 wait before answering (abort/timeout tests)
 *   refuseContent           answer image/text calls with the provider's content-policy refusal
 *   imageBytes / imageMimeType   the "generated" picture (a real 64×64 PNG by default; use
 *                           samplePng(w, h) for another size, or any Buffer for non-image bytes)
 *   override(pathPart, reply | (request, fake) => reply)   any other answer
 *   reset()                 clear requests, failures, overrides, delay, refusal
 *   close()                 stop the server (always, in afterAll)
 *
 * Test helpers: providerErrorFrom(promise) → the ProviderError it failed with; expectSecretHidden(
 * error, key); allowPrivateProviderUrls() (beforeAll/afterAll: the running fakes are allowed private
 * hosts), allowFakeProviders() (the same now, returns its undo); abortAfter(ms).
 *
 * Provider extras: OpenAI (also xAI, GAB AI, OpenAI-compatible) — imageResponse "b64_json"|"url",
 * revisedPrompt, textReply, jsonReply, models. Google — textReply, jsonReply, models,
 * imageCaption. OpenRouter — textReply, jsonReply, models, imagesPerReply. Ollama — textReply,
 * jsonReply, models, imageField "image"|"images". Anthropic — textReply, models.
 */
export { abortAfter, allowPrivateProviderUrls, expectSecretHidden, providerErrorFrom } from "./expectations";
export {
  allowFakeProviders,
  samplePng,
  startFakeServer,
  FakeProviderServer,
  type FakeFailure,
  type FakeReply,
  type RecordedRequest,
} from "./fake-server";
export { startFakeOpenAI, openAIErrorBody, type FakeOpenAI } from "./openai";
export { startFakeGoogle, googleErrorBody, type FakeGoogle } from "./google";
export { startFakeOpenRouter, openRouterErrorBody, type FakeOpenRouter } from "./openrouter";
export { startFakeOllama, ollamaErrorBody, type FakeOllama } from "./ollama";
export { startFakeAnthropic, anthropicErrorBody, type FakeAnthropic } from "./anthropic";
