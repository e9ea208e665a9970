import { z } from "zod";
import { id } from "@/lib/http/id";
import { route } from "@/lib/http/route";
import { tokenFile, tokenFileParam } from "@/lib/document-api/asset-files";

/** `{token id}.png`: the token's picture as PNG; `{token id}.json`: its metadata. */
export const GET = route(
  { params: z.object({ campaignId: id("Campaign"), file: tokenFileParam }) },
  async ({ userId, params, request }) => tokenFile(request, userId, params.campaignId, params.file),
);
