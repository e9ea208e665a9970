import "server-only";
import { cropToBox } from "@/lib/images/crop-image";
import { subjectBox } from "@/lib/providers/builtin/frame-svg";

/**
 * The part of a source picture a token is cut from. A built-in engine picture is a card (border,
 * name plate, "Offline engine" label) around its subject: the token takes only the subject square,
 * so no zoom or offset can bring the plate or label onto it. Other providers' pictures are whole.
 */
export async function cleanSubject(bytes: Buffer, builtin: boolean): Promise<Buffer> {
  if (!builtin) return bytes;
  return cropToBox(bytes, subjectBox);
}
