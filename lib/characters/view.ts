import type { Prisma } from "@/lib/generated/prisma/client";
import { imageFileUrl } from "@/lib/images/urls";
import type {
  CampaignStateView,
  CharacterProfileView,
  EnrichedCharacter,
  PortraitView,
} from "@/lib/schemas/characters-response";

export type { CampaignStateView, CharacterProfileView, EnrichedCharacter, PortraitView };

/** What every character read includes: the profile and its current portrait's image. */
export const characterInclude = {
  portraitAsset: {
    select: {
      id: true,
      favoriteGeneration: { select: { id: true, prompt: true, image: { select: { id: true } } } },
      // Until someone picks one, the newest finished generation is the current portrait.
      generations: {
        where: { status: "COMPLETED" },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }], // the same order as the portrait history
        take: 1,
        select: { id: true, prompt: true, image: { select: { id: true } } },
      },
    },
  },
} satisfies Prisma.CharacterProfileInclude;

export type CharacterRow = Prisma.CharacterProfileGetPayload<{ include: typeof characterInclude }>;
type InfoRow = Pick<
  Prisma.CharacterInfoGetPayload<object>,
  | "id"
  | "campaignId"
  | "level"
  | "hitPointsCurrent"
  | "hitPointsMax"
  | "armorClass"
  | "status"
  | "inventory"
  | "location"
  | "quests"
  | "notes"
>;

export function portraitView(row: CharacterRow): PortraitView | null {
  const current = row.portraitAsset?.favoriteGeneration ?? row.portraitAsset?.generations[0];
  if (!row.portraitAsset || !current?.image) return null;
  const url = imageFileUrl(current.image.id);
  return {
    asset_id: row.portraitAsset.id,
    generation_id: current.id,
    image_id: current.image.id,
    url,
    thumbnail_url: url,
    prompt_used: current.prompt,
  };
}

/** The character's identity (CharacterProfile) in the seed's snake_case. */
export function profileView(row: CharacterRow): CharacterProfileView {
  const portrait = portraitView(row);
  return {
    character_id: row.id,
    profile_id: row.id,
    owner_id: row.ownerId,
    name: row.name,
    race: row.race,
    character_class: row.characterClass,
    base_level: row.baseLevel,
    gender: row.gender,
    age_category: row.ageCategory,
    build: row.build,
    height_description: row.heightDescription,
    facial_expression: row.facialExpression,
    facial_features: row.facialFeatures,
    attire: row.attire,
    primary_weapon: row.primaryWeapon,
    distinguishing_feature: row.distinguishingFeature,
    background_setting: row.backgroundSetting,
    pose: row.pose,
    backstory: row.backstory,
    description: row.description,
    appearance: row.appearance,
    portrait_style: row.portraitStyle,
    template_slug: row.templateSlug,
    portrait,
    portrait_url: portrait?.url ?? null,
    portrait_path: portrait ? imageFileUrl(portrait.image_id) : null,
    voice_id: row.voiceId,
    voice_settings: (row.voiceSettings ?? {}) as CharacterProfileView["voice_settings"],
    voice_archetype: row.voiceArchetype,
    portrait_prompt: portrait?.prompt_used ?? null,
    has_portrait: portrait !== null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** Campaign state (CharacterInfo); level falls back to the profile's base level. */
export function stateView(info: InfoRow, baseLevel: number): CampaignStateView {
  return {
    info_id: info.id,
    campaign_id: info.campaignId,
    level: info.level ?? baseLevel,
    level_override: info.level,
    hit_points_current: info.hitPointsCurrent,
    hit_points_max: info.hitPointsMax,
    armor_class: info.armorClass,
    status: info.status,
    // Json columns written only through updateCampaignStateSchema (or their [] default).
    inventory: info.inventory as CampaignStateView["inventory"],
    location: info.location,
    quests: info.quests as CampaignStateView["quests"],
    notes: info.notes,
  };
}

/** EnrichedCharacter: identity and one campaign's state merged, so a client never makes two calls. */
export function enrichedCharacter(row: CharacterRow, info: InfoRow): EnrichedCharacter {
  return { ...profileView(row), ...stateView(info, row.baseLevel) };
}

/** snake_case API fields → Prisma columns, for create and update. */
export function toColumns(input: Record<string, unknown>): Prisma.CharacterProfileUncheckedUpdateInput {
  const map: Record<string, string> = {
    name: "name",
    race: "race",
    character_class: "characterClass",
    base_level: "baseLevel",
    gender: "gender",
    age_category: "ageCategory",
    build: "build",
    height_description: "heightDescription",
    facial_expression: "facialExpression",
    facial_features: "facialFeatures",
    attire: "attire",
    primary_weapon: "primaryWeapon",
    distinguishing_feature: "distinguishingFeature",
    background_setting: "backgroundSetting",
    pose: "pose",
    backstory: "backstory",
    description: "description",
    appearance: "appearance",
    portrait_style: "portraitStyle",
    template_slug: "templateSlug",
    voice_id: "voiceId",
    voice_settings: "voiceSettings",
    voice_archetype: "voiceArchetype",
  };
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (map[key] && value !== undefined) data[map[key]] = value;
  return data as Prisma.CharacterProfileUncheckedUpdateInput;
}
