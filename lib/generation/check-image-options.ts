import { AppError } from "@/lib/http/errors";
import { checkImageRequest } from "@/lib/providers/image-request";
import { ProviderError, type ImageCapabilities, type ProviderAdapter } from "@/lib/providers/types";
import type { GenerationOptions } from "./types";

/** "Anthropic (Claude, text only)" → "Anthropic": the name a user knows the provider by. */
const shortName = (adapter: ProviderAdapter) => adapter.label.split(" (")[0];

/**
 * Refuses, before anything is stored or any call is paid for, a profile that cannot make images
 * and options its model does not declare (dall-e-3 with n=2, a size it does not offer...). The
 * adapters run the same check (checkImageRequest), so the UI, this gate and the call agree.
 */
export function checkImageOptions(
  adapter: ProviderAdapter,
  model: string | null | undefined,
  options: GenerationOptions,
): { model: string; capabilities: ImageCapabilities } {
  const resolvedModel = model || adapter.defaults.imageModel;
  const capabilities = resolvedModel ? adapter.imageCapabilities(resolvedModel) : null;
  if (!adapter.generateImages || !capabilities || !resolvedModel) {
    const what = resolvedModel && adapter.generateImages ? ` with model ${resolvedModel}` : "";
    throw new AppError("UNSUPPORTED", `${shortName(adapter)} profiles cannot generate images${what}`);
  }
  try {
    checkImageRequest(shortName(adapter), capabilities, {
      prompt: "",
      model: resolvedModel,
      n: options.n ?? 1,
      size: options.size,
      quality: options.quality,
      style: options.style,
      aspectRatio: options.aspectRatio,
      signal: AbortSignal.abort(), // never used: the check makes no call
    });
  } catch (error) {
    if (error instanceof ProviderError)
      throw new AppError("VALIDATION", error.message, { details: { model: resolvedModel, capabilities } });
    throw error;
  }
  return { model: resolvedModel, capabilities };
}
