import { z } from "zod";
import { form } from "@/lib/http/form";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { findOwnCharacter, uploadPortrait } from "@/lib/portraits/upload-portrait";
import { UPLOAD_FORM_LIMIT_BYTES, uploadedImageFile } from "@/lib/uploads/read-upload";
import { assertUploadFits } from "@/lib/uploads/upload-room";

/** A custom portrait (multipart `file`); it becomes current and joins the history. Owner only and within the storage quota, checked before the body is read. */
export const POST = route(
  {
    params: z.object({ id: id("Character") }),
    authorize: async ({ userId, params, request }) => {
      const character = await findOwnCharacter(userId, params.id);
      await assertUploadFits(userId, request);
      return character;
    },
    body: form(z.object({ file: uploadedImageFile() }), { limitBytes: UPLOAD_FORM_LIMIT_BYTES }),
  },
  async ({ userId, authorized: character, body }) =>
    json(await uploadPortrait(userId, character, body.file), { status: 201 }),
);
