import type { MapView } from "@/lib/maps/map-view";
import { DOWNLOAD_HELP } from "@/lib/maps/export/download-help";

const link = "rounded-md border border-white/15 px-3 py-1 text-sm hover:bg-white/10";

/**
 * The map's downloads: the Foundry bundle first (everything, linked), then a scene JSON and a
 * .dd2vtt per floor (the ground floor's unnamed, the others named), the pictures, and for campaign maps the scene with the party's tokens.
 * Each says what it carries (and the .dd2vtt what it cannot).
 */
export function MapDownloads({
  map,
}: {
  map: Pick<MapView, "id" | "campaignId"> & { layout: { floors?: Array<{ name: string }> } };
}) {
  const href = (query: string) => `/api/maps/${map.id}/download?${query}`;
  const floors = map.layout.floors?.length ? map.layout.floors : [{ name: "Ground floor" }];
  const perFloor = (format: string, label: string) =>
    floors.map((floor, i) => (
      <a key={`${format}-${i}`} className={link} href={href(`format=${format}${i ? `&floor=${i}` : ""}`)} download>
        Download {label}
        {i > 0 ? ` — ${floor.name}` : ""}
      </a>
    ));
  return (
    <section aria-label="Downloads" className="space-y-2">
      <div>
        <a className={`${link} inline-block font-medium`} href={href("format=foundry-bundle")} download>
          Download Foundry bundle (.zip)
        </a>
        <p className="mt-1 text-xs text-white/60">{DOWNLOAD_HELP.bundle}</p>
      </div>
      <div className="flex flex-wrap gap-2">{perFloor("foundry", "Foundry JSON")}</div>
      <p className="text-xs text-white/60">{DOWNLOAD_HELP.foundry}</p>
      <div className="flex flex-wrap gap-2">{perFloor("dd2vtt", "Universal VTT (.dd2vtt)")}</div>
      <p className="text-xs text-white/60">{DOWNLOAD_HELP.dd2vtt}</p>
      <div className="flex flex-wrap gap-2">
        <a className={link} href={href("format=png")} download>
          Download PNG
        </a>
        <a className={link} href={href("format=webp")} download>
          Download WebP
        </a>
        {map.campaignId && (
          <a
            className={link}
            href={href("format=foundry&tokens=party")}
            download
            title="The party's tokens stand on free floor by the entrance; unzip the campaign's token pack into Foundry's data folder for their pictures."
          >
            Download Foundry JSON with party tokens
          </a>
        )}
      </div>
    </section>
  );
}
