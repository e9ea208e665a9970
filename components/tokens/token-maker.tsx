"use client";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { controlStyles } from "@/components/ui/field";
import { imageFileUrl } from "@/lib/images/urls";
import { useCharacters } from "@/lib/query/characters";
import { useMakeToken, type TokenView } from "@/lib/query/tokens";
import { cn } from "@/lib/ui/cn";
import { ProfilePicker } from "./profile-picker";
import { thumbnailUrl } from "./thumbnail-url";
import { TokenPreview } from "./token-preview";
import { DEFAULT_LOOK, TokenStyleFields, type TokenLook } from "./token-style-fields";

type SourceKind = "description" | "character" | "image";
const SOURCES: { kind: SourceKind; label: string }[] = [
  { kind: "description", label: "Description" },
  { kind: "character", label: "Character portrait" },
  { kind: "image", label: "Gallery image" },
];
const label = "flex flex-col gap-1.5 text-sm font-medium";
// The gallery picker (Radix Dialog and the gallery query) loads when it is first opened.
const ImagePickerDialog = dynamic(() => import("./image-picker").then((module) => module.ImagePickerDialog), {
  ssr: false,
});

/**
 * Make one token: pick a source, tune ring/zoom/offset against the live preview, stamp it. After a
 * description token, its generated picture becomes the source, so the next stamp re-cuts the same
 * face with new settings instead of drawing a new one.
 */
export function TokenMaker({ campaignId }: { campaignId: string | null }) {
  const [kind, setKind] = useState<SourceKind>("description");
  const [description, setDescription] = useState("");
  const [characterId, setCharacterId] = useState("");
  const [imageId, setImageId] = useState("");
  const [imageName, setImageName] = useState("");
  const [picking, setPicking] = useState(false);
  // Once loaded the picker stays mounted, so it can play its closing animation.
  const [pickerWanted, setPickerWanted] = useState(false);
  if (picking && !pickerWanted) setPickerWanted(true);
  const [profileId, setProfileId] = useState("");
  const [name, setName] = useState("");
  const [look, setLook] = useState<TokenLook>(DEFAULT_LOOK);
  const [made, setMade] = useState<TokenView | null>(null);
  const characters = useCharacters();

  const character = characters.data?.find((c) => c.character_id === characterId);
  const previewUrl =
    kind === "character"
      ? (character?.portrait_url ?? null)
      : kind === "image" && imageId
        ? imageFileUrl(imageId)
        : null;
  const source =
    kind === "description"
      ? { kind, description, profileId: profileId || undefined }
      : kind === "character"
        ? { kind, characterId }
        : { kind, imageId };

  const make = useMakeToken();
  function tokenMade(token: TokenView) {
    setMade(token);
    if (kind === "description" && token.sourceImageId) {
      setImageId(token.sourceImageId);
      setImageName(`The picture drawn for ${token.name}`);
      setKind("image");
    }
  }
  const stamp = () =>
    make.mutate(
      { ...look, source, name: name.trim() || undefined, campaignId: campaignId ?? undefined },
      { onSuccess: tokenMade },
    );
  const ready =
    kind === "description" ? description.trim().length >= 3 : kind === "character" ? !!characterId : !!previewUrl;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Make a token</CardTitle>
        <CardDescription>
          From a character&apos;s portrait, any image you can see, or a description drawn by your chosen engine.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <form
          className="space-y-5"
          onSubmit={(e) => {
            e.preventDefault();
            stamp();
          }}
        >
          <div
            role="tablist"
            aria-label="Token source"
            className="inline-flex rounded-lg border border-line bg-surface-sunken/60 p-1"
          >
            {SOURCES.map((s) => (
              <button
                key={s.kind}
                type="button"
                role="tab"
                aria-selected={kind === s.kind}
                onClick={() => setKind(s.kind)}
                className={cn(
                  "rounded-md px-3 py-1.5 text-sm transition-colors",
                  kind === s.kind ? "bg-accent text-accent-fg" : "text-fg-muted hover:text-fg",
                )}
              >
                {s.label}
              </button>
            ))}
          </div>
          {kind === "description" && (
            <>
              <label className={label}>
                Description
                <textarea
                  className={cn(controlStyles, "min-h-24 py-2")}
                  value={description}
                  maxLength={1000}
                  onChange={(e) => setDescription(e.target.value)}
                  placeholder="A hooded goblin archer with a bone necklace"
                />
              </label>
              <ProfilePicker value={profileId} onChange={setProfileId} />
            </>
          )}
          {kind === "character" && (
            <label className={label}>
              Character
              <select
                aria-label="Character"
                className={cn(controlStyles, "h-10")}
                value={characterId}
                onChange={(e) => {
                  setCharacterId(e.target.value);
                  setName("");
                }}
              >
                <option value="">Choose a character…</option>
                {characters.data?.map((c) => (
                  <option key={c.character_id} value={c.character_id} disabled={!c.portrait_url}>
                    {c.name}
                    {c.portrait_url ? "" : " (no portrait yet)"}
                  </option>
                ))}
              </select>
            </label>
          )}
          {kind === "image" && (
            <div className="space-y-1.5">
              <p className="text-sm font-medium">Image</p>
              <div
                className="flex items-center gap-3 rounded-lg border border-line bg-surface-sunken/50 p-2.5"
                data-testid="picked-image"
              >
                {imageId ? (
                  <img
                    src={thumbnailUrl(imageId)}
                    alt={imageName || "Chosen image"}
                    className="size-14 rounded-md object-cover"
                  />
                ) : (
                  <span
                    aria-hidden
                    className="flex size-14 items-center justify-center rounded-md border border-dashed border-line-strong text-xs text-fg-subtle"
                  >
                    none
                  </span>
                )}
                <p className="min-w-0 flex-1 truncate text-sm text-fg-muted">
                  {imageId ? imageName || "Chosen image" : "No image chosen yet."}
                </p>
                <Button variant="secondary" size="sm" onClick={() => setPicking(true)}>
                  {imageId ? "Change…" : "Choose from gallery…"}
                </Button>
              </div>
              {made && imageId === made.sourceImageId && (
                <p className="text-xs text-fg-muted">Adjust the look and stamp again, or choose another image.</p>
              )}
              {pickerWanted && (
                <ImagePickerDialog
                  open={picking}
                  onOpenChange={setPicking}
                  selectedId={imageId}
                  onPick={(image) => {
                    setImageId(image.id);
                    setImageName(image.name);
                  }}
                />
              )}
            </div>
          )}
          <label className={label}>
            Name
            <input
              className={cn(controlStyles, "h-10")}
              value={name}
              maxLength={80}
              onChange={(e) => setName(e.target.value)}
              placeholder={character?.name ?? "Named after the source"}
            />
          </label>
          <TokenStyleFields look={look} onChange={setLook} />
          <div className="flex flex-wrap items-center gap-3 pt-1">
            <Button type="submit" disabled={!ready || make.isPending}>
              {make.isPending
                ? kind === "description"
                  ? "Drawing and stamping…"
                  : "Stamping…"
                : made && kind === "image" && imageId === made.sourceImageId
                  ? "Stamp again with these settings"
                  : "Make token"}
            </Button>
            {make.isPending && (
              <span role="status" className="text-sm text-fg-muted">
                This takes a few seconds.
              </span>
            )}
            {make.error && (
              <p role="alert" className="text-sm text-danger">
                {make.error.message}
              </p>
            )}
          </div>
        </form>
        <div className="flex flex-col items-center gap-5 lg:sticky lg:top-24 lg:self-start lg:border-l lg:border-line lg:pl-8">
          <p className="self-start text-xs font-semibold uppercase tracking-wider text-fg-subtle">Live preview</p>
          <TokenPreview imageUrl={previewUrl} look={look} />
          {made?.imageUrl && (
            <div
              className="flex w-full items-center gap-3 rounded-lg border border-line bg-surface-sunken/50 p-3"
              data-testid="made-token"
            >
              <img src={made.imageUrl} alt={`${made.name} token`} className="h-14 w-14 rounded-full" />
              <div className="min-w-0 text-sm">
                <p className="truncate font-medium">{made.name}</p>
                <p className="text-fg-muted">
                  Saved · {made.pixels} px {made.format?.toUpperCase()}
                </p>
              </div>
            </div>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
