import { z } from "zod";
import { PROVIDER_KINDS } from "./provider-vocabulary";

/**
 * Contracts for connection profiles, shared by the settings form and the /api/profiles handlers.
 * The key is write-only: it appears in inputs, never in ProfileView.
 */

export const PROFILE_NAME_MAX = 60;
export const API_KEY_MAX = 500;
export const MODEL_MAX = 200;

const name = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, "Enter a name")
  .max(PROFILE_NAME_MAX, `Names are limited to ${PROFILE_NAME_MAX} characters`);

// Blank strings from the form mean "not given", so the optional text fields accept "" as absent.
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const baseUrl = z.preprocess(
  blankToUndefined,
  z
    .url({ protocol: /^https?$/, error: "Enter a full http(s) URL, e.g. https://example.com/v1" })
    .max(500)
    .optional(),
);
const apiKey = z.preprocess(
  blankToUndefined,
  z.string().trim().max(API_KEY_MAX, `Keys are limited to ${API_KEY_MAX} characters`).optional(),
);
const model = z.preprocess(
  blankToUndefined,
  z.string().trim().max(MODEL_MAX, `Model names are limited to ${MODEL_MAX} characters`).optional(),
);

export const profileCreateSchema = z.object({
  name,
  kind: z.enum(PROVIDER_KINDS, { error: "Choose a provider" }),
  baseUrl,
  apiKey,
  imageModel: model,
  textModel: model,
  isDefault: z.boolean().optional(),
});

/** Kind is fixed once created. A blank apiKey keeps the stored key; clearKey removes it. */
export const profileUpdateSchema = z.object({
  name: name.optional(),
  baseUrl: z.preprocess((value) => (value === "" ? null : value), baseUrl.nullable()),
  apiKey,
  clearKey: z.boolean().optional(),
  imageModel: model.nullable(),
  textModel: model.nullable(),
});

export type ProfileCreateInput = z.infer<typeof profileCreateSchema>;
export type ProfileUpdateInput = z.infer<typeof profileUpdateSchema>;

// The response shapes (ProfileView, ConnectionTestResult) are contracts in profiles-response.ts.
export type { ConnectionTestResult, ProfileView } from "./profiles-response";
