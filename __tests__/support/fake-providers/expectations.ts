import { ProviderError } from "@/lib/providers/types";
import { allowFakeProviders } from "./fake-server";

/** Awaits a call that must fail with a ProviderError and returns it for closer checks. */
export async function providerErrorFrom(call: Promise<unknown>): Promise<ProviderError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw new Error(
      `expected a ProviderError, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** Fails when the secret shows up anywhere an error could leak it: message, stack, JSON, cause. */
export function expectSecretHidden(error: unknown, secret: string): void {
  const seen = [
    error instanceof Error ? error.message : "",
    error instanceof Error ? (error.stack ?? "") : "",
    String(error),
    JSON.stringify(error),
    JSON.stringify((error as { cause?: unknown })?.cause ?? null),
  ].join("\n");
  if (seen.includes(secret)) throw new Error(`the secret leaked into the error: ${seen.slice(0, 300)}`);
}

/** For a test file: the running fakes (on 127.0.0.1) are allowed private hosts, by host and port. */
export function allowPrivateProviderUrls(): void {
  let undo: (() => void) | undefined;
  beforeAll(() => {
    undo = allowFakeProviders();
  });
  afterAll(() => undo?.());
}

/** A signal that aborts after `ms`, like the pipeline's per-call timeout. */
export function abortAfter(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms).unref();
  return controller.signal;
}
