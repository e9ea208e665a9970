import type { ModelDescription } from "@/lib/schemas/profiles-response";
import type { ProviderDescription } from "@/lib/query/providers";
import type { ProfileView } from "@/lib/schemas/profiles";

export type ImageCapabilities = NonNullable<ModelDescription["capabilities"]>;

/**
 * Servers whose models we cannot know (an OpenAI-compatible gateway, Ollama with any model):
 * offer only what every Images API accepts, the size and count the adapter itself allows.
 */
const UNKNOWN_MODEL_CAPABILITIES: ImageCapabilities = { sizes: ["1024x1024", "512x512"], maxN: 4, seed: false };

export type ImageProfileChoice = {
  profile: ProfileView;
  provider: ProviderDescription;
  capabilities: ImageCapabilities;
};

/** What the profile's image model can do, or null when the profile cannot make images. */
export function capabilitiesOf(
  profile: ProfileView,
  provider: ProviderDescription | undefined,
): ImageCapabilities | null {
  if (!provider?.supportsImages || !profile.imageModel) return null;
  const model = provider.imageModels.find((entry) => entry.id === profile.imageModel);
  if (model) return model.capabilities;
  return provider.imageModels.length === 0 ? UNKNOWN_MODEL_CAPABILITIES : null;
}

/**
 * The profiles that can make images, in the order to offer them: the default first — except for
 * users with no key anywhere, who get the built-in engine first because nothing else can work.
 */
export function imageProfileChoices(profiles: ProfileView[], providers: ProviderDescription[]): ImageProfileChoice[] {
  const choices = profiles.flatMap((profile) => {
    const provider = providers.find((entry) => entry.kind === profile.kind);
    const capabilities = capabilitiesOf(profile, provider);
    return provider && capabilities ? [{ profile, provider, capabilities }] : [];
  });
  const keyless = !profiles.some((profile) => profile.hasKey);
  const rank = (choice: ImageProfileChoice) =>
    keyless
      ? choice.profile.kind === "BUILTIN"
        ? 0
        : 1
      : choice.profile.isDefault
        ? 0
        : choice.profile.kind === "BUILTIN"
          ? 1
          : 2;
  return [...choices].sort((a, b) => rank(a) - rank(b));
}
