import { z } from "zod";
import { zipImages } from "@/lib/gallery/zip-images";
import { attachment } from "@/lib/http/attachment";
import { route } from "@/lib/http/route";

const zipQuery = z.object({
  ids: z
    .string()
    .transform((value) => value.split(","))
    .pipe(z.array(z.uuid()).min(1).max(200)),
});

/** Download the selected images as one zip. */
export const GET = route({ query: zipQuery }, async ({ userId, query }) => {
  const zip = await zipImages(userId, query.ids);
  return attachment(zip.stream, {
    filename: "arcane-forge-images.zip",
    contentType: "application/zip",
    headers: { "content-length": String(zip.size) },
  });
});
