import type { ProviderDescription } from "@/lib/query/providers";
import type { ProfileCreateInput, ProfileUpdateInput, ProfileView } from "@/lib/schemas/profiles";
import type { ProviderKindValue } from "@/lib/schemas/provider-vocabulary";

/** What the profile form edits. The key starts blank: it is write-only and never comes back. */
export type ProfileFormValues = {
  kind: ProviderKindValue;
  name: string;
  baseUrl: string;
  apiKey: string;
  clearKey: boolean;
  imageModel: string;
  textModel: string;
};

/** A new profile of `kind`, pre-filled from the registry's presets. */
export function valuesForKind(
  kind: ProviderKindValue,
  provider: ProviderDescription | undefined,
  name = "",
): ProfileFormValues {
  return {
    kind,
    name: name || provider?.label || "",
    baseUrl: provider?.defaultBaseUrl ?? "",
    apiKey: "",
    clearKey: false,
    imageModel: provider?.defaultImageModel ?? "",
    textModel: provider?.defaultTextModel ?? "",
  };
}

export function valuesFromProfile(profile: ProfileView): ProfileFormValues {
  return {
    kind: profile.kind,
    name: profile.name,
    baseUrl: profile.baseUrl ?? "",
    apiKey: "",
    clearKey: false,
    imageModel: profile.imageModel ?? "",
    textModel: profile.textModel ?? "",
  };
}

export function toCreateInput(
  values: ProfileFormValues,
  provider: ProviderDescription | undefined,
): ProfileCreateInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    baseUrl: provider?.baseUrl === "fixed" ? undefined : values.baseUrl.trim() || undefined,
    apiKey: values.apiKey.trim() || undefined,
    imageModel: values.imageModel.trim() || undefined,
    textModel: values.textModel.trim() || undefined,
  };
}

/** A blank key is left out entirely, which the server reads as "keep the stored key". */
export function toUpdateInput(
  values: ProfileFormValues,
  provider: ProviderDescription | undefined,
): ProfileUpdateInput {
  return {
    name: values.name.trim(),
    ...(provider?.baseUrl === "fixed" ? {} : { baseUrl: values.baseUrl.trim() || null }),
    ...(values.apiKey.trim() ? { apiKey: values.apiKey.trim() } : {}),
    ...(values.clearKey && !values.apiKey.trim() ? { clearKey: true } : {}),
    imageModel: values.imageModel.trim() || null,
    textModel: values.textModel.trim() || null,
  };
}
