import { z } from "zod";
import { PROVIDER_KINDS } from "./provider-vocabulary";

/** Response contracts of /api/profiles and /api/providers. */

/** A profile as it leaves the server: never the key, only whether there is one and its tail. */
export const profileView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  baseUrl: z.string().nullable(),
  imageModel: z.string().nullable(),
  textModel: z.string().nullable(),
  isDefault: z.boolean(),
  hasKey: z.boolean(),
  /** The key's last four characters, or null when there is no key or it is too short to hint at. */
  keyLast4: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProfileView = z.infer<typeof profileView>;

/** GET /api/profiles */
export const profileListResponse = z.object({ profiles: z.array(profileView) });
export type ProfileListResponse = z.infer<typeof profileListResponse>;

/** GET, PATCH /api/profiles/{id}, POST /api/profiles and …/default */
export const profileResponse = z.object({ profile: profileView });
export type ProfileResponse = z.infer<typeof profileResponse>;

/** POST /api/profiles/{id}/test: a refused key is a result to show, not an error. */
export const connectionTestResponse = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), models: z.array(z.string()) }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type ConnectionTestResult = z.infer<typeof connectionTestResponse>;

/** GET /api/profiles/{id}/models: the provider's own list (cached per profile), or why it could not be read. */
export const profileModel = z.object({
  id: z.string(),
  label: z.string(),
  image: z.boolean(),
  text: z.boolean(),
  aspectRatios: z.array(z.string()).optional(),
  sizes: z.array(z.string()).optional(),
});
export const profileModelsResponse = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), models: z.array(profileModel), fetchedAt: z.iso.datetime(), cached: z.boolean() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type ProfileModelsResult = z.infer<typeof profileModelsResponse>;

const imageCapabilities = z.object({
  sizes: z.array(z.string()),
  maxN: z.number().int(),
  qualities: z.array(z.enum(["standard", "hd"])).optional(),
  styles: z.array(z.enum(["vivid", "natural"])).optional(),
  aspectRatios: z.array(z.string()).optional(),
  seed: z.boolean(),
});
const modelDescription = z.object({ id: z.string(), label: z.string(), capabilities: imageCapabilities.nullable() });
export type ModelDescription = z.infer<typeof modelDescription>;

/** Plain data for the settings UI: what to ask for and which options each model offers. */
export const providerDescription = z.object({
  kind: z.enum(PROVIDER_KINDS),
  label: z.string(),
  requiresKey: z.boolean(),
  baseUrl: z.enum(["fixed", "editable", "required"]),
  defaultBaseUrl: z.string().optional(),
  defaultImageModel: z.string().optional(),
  defaultTextModel: z.string().optional(),
  supportsImages: z.boolean(),
  supportsText: z.boolean(),
  supportsJson: z.boolean(),
  imageModels: z.array(modelDescription),
  textModels: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type ProviderDescription = z.infer<typeof providerDescription>;

/** GET /api/providers */
export const providerListResponse = z.object({ providers: z.array(providerDescription) });
export type ProviderListResponse = z.infer<typeof providerListResponse>;
