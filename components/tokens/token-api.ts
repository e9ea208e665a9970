"use client";
import type { TokenView } from "@/lib/tokens/token-view";

export type { TokenView };
export type CampaignOption = { campaign_id: string; name: string; is_dm: boolean };
export type CharacterOption = { character_id: string; name: string; portrait_url: string | null; portrait?: { image_id: string } | null };
export type BatchResult = { results: ({ index: number; name: string; ok: true; token: TokenView } | { index: number; name: string; ok: false; error: { code: string; message: string } })[]; created: number; failed: number };

/** fetch + the app's one error shape → a thrown Error with the server's message. */
export async function api<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init?.headers } });
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `Request failed (${response.status})`);
  return body as T;
}

export const packUrl = (campaignId: string | null) => (campaignId ? `/api/tokens/pack?campaignId=${campaignId}` : "/api/tokens/pack");
