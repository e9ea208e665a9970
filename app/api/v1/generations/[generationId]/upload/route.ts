import { z } from "zod";
import { findWritableGeneration } from "@/lib/assets/find-writable-generation";
import { form } from "@/lib/http/form";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { generationIdParams } from "@/lib/schemas/gallery";
import { UPLOAD_FORM_LIMIT_BYTES, uploadedImageFile } from "@/lib/uploads/read-upload";
import { uploadToGeneration } from "@/lib/uploads/upload-to-generation";
import { assertUploadFits } from "@/lib/uploads/upload-room";

/** Multipart upload of a generation's file: writers only and within the storage quota (checked before the body is read), decoded before anything is stored. */
export const POST = route(
  {
    params: generationIdParams,
    authorize: async ({ userId, params, request }) => {
      const generation = await findWritableGeneration(userId, params.generationId);
      await assertUploadFits(generation.ownerId, request); // the image is the generation owner's
      return generation;
    },
    body: form(z.object({ file: uploadedImageFile() }), { limitBytes: UPLOAD_FORM_LIMIT_BYTES }),
  },
  async ({ authorized: generation, body }) => json(await uploadToGeneration(generation, body.file), { status: 201 }),
);
