import type { AssetKind, GenerationStatus, ImageTagType } from "@/lib/generated/prisma/enums";
import type { ImageRequest, PortraitSubject } from "@/lib/providers/types";

/** The provider request's knobs, as a caller may set them (all optional); see ImageRequest. */
export type GenerationOptions = Partial<
  Pick<ImageRequest, "n" | "size" | "quality" | "style" | "aspectRatio" | "resolution" | "seed">
>;

export type GenerationTag = { tagType: ImageTagType; tagId: string };

export type GenerationRequest = {
  userId: string;
  profileId: string;
  prompt: string;
  options?: GenerationOptions;
  tags?: GenerationTag[];
  /** An existing asset of the caller's (a character's portrait); otherwise a new one is made. */
  assetId?: string;
  assetKind?: AssetKind;
  /** Structured fields for engines that draw from them (the built-in portrait engine). */
  subject?: PortraitSubject;
  campaignId?: string;
};

/**
 * What the worker reads back from Generation.parameters; everything it needs except the key. It is
 * the provider's ImageRequest (less its per-call signal) plus where the result goes, so a field
 * added to ImageRequest is stored and replayed without a second list to keep in step.
 */
export type GenerationParameters = Omit<ImageRequest, "signal"> & {
  provider: string;
  index: number;
  tags: GenerationTag[];
  campaignId?: string;
};

/** A generation's id and status, as the generation routes answer it (the response contract). */
export type { GenerationSummary } from "@/lib/schemas/generations-response";

/** The job payload: ids only, never a prompt or a key (pg-boss rows are readable by operators). */
export type GenerationJob = { batchId: string; ownerId: string; profileId: string };

export const TERMINAL_STATUSES: readonly GenerationStatus[] = ["COMPLETED", "FAILED", "CANCELLED"];
