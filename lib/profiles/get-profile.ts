import "server-only";
import type { ProfileView } from "@/lib/schemas/profiles";
import { findOwnedProfile } from "./find-owned-profile";
import { toProfileView } from "./view";

export async function getProfile(userId: string, id: string): Promise<ProfileView> {
  return toProfileView(await findOwnedProfile(userId, id));
}
