import type { AssetKind, GenerationStatus, ImageTagType } from "@/lib/generated/prisma/enums";
import type { PortraitSubject } from "@/lib/providers/types";

export type GenerationOptions = {
  n?: number;
  size?: string;
  quality?: "standard" | "hd";
  style?: "vivid" | "natural";
  aspectRatio?: string;
  seed?: number;
};

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

/** What the worker reads back from Generation.parameters; everything it needs except the key. */
export type GenerationParameters = {
  prompt: string;
  provider: string;
  model: string;
  n: number;
  index: number;
  size?: string;
  quality?: "standard" | "hd";
  style?: "vivid" | "natural";
  aspectRatio?: string;
  seed?: number;
  subject?: PortraitSubject;
  tags: GenerationTag[];
  campaignId?: string;
};

export type GenerationSummary = { id: string; status: GenerationStatus };

/** The job payload: ids only, never a prompt or a key (pg-boss rows are readable by operators). */
export type GenerationJob = { batchId: string; ownerId: string; profileId: string };

export const TERMINAL_STATUSES: readonly GenerationStatus[] = ["COMPLETED", "FAILED", "CANCELLED"];
