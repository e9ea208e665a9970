import "server-only";
import { assertStorageRoom } from "@/lib/images/storage-quota";
import { FORM_OVERHEAD_BYTES } from "./read-upload";

/**
 * The storage quota's early answer for an upload, run before its body is read: a 413
 * STORAGE_QUOTA_EXCEEDED when the user's storage is already full, or when the declared
 * Content-Length, less the form's framing allowance, cannot fit in the room left. The stored image
 * is the normalised one, so the save's own reservation (exact, under the lock) still decides
 * every upload that gets past this; a body sent without a length is only checked for any room.
 */
export async function assertUploadFits(userId: string, request: Request): Promise<void> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  const fileBytes =
    Number.isSafeInteger(declared) && declared > FORM_OVERHEAD_BYTES ? declared - FORM_OVERHEAD_BYTES : 0;
  await assertStorageRoom(userId, fileBytes);
}
