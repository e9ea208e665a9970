/**
 * What the Maps page says beside each download (no imports: a client component reads it). The
 * Universal VTT text names what that format cannot carry, so a DM picks the Foundry bundle for it.
 */
export const DOWNLOAD_HELP = {
  bundle:
    "Recommended for Foundry VTT. Unzip into Foundry's Data folder and import adventure.json into an Adventure: every floor as a scene (walls; closed, open, locked and secret doors; windows; object walls; water and chasm edges; lights), the room key as a journal and a GM-only pin in each room.",
  foundry:
    "One scene for Scene → Import Data; upload the picture to the path its background names (the bundle does that for you).",
  dd2vtt:
    "For the Universal Battlemap Importer and other Universal VTT readers. The format has no secret, locked or open doors (all import as closed doors), no water or chasm edges that stop only movement, and object walls import as full walls when the importer's object walls option is on: use the Foundry bundle for those.",
} as const;
