import { AppError } from "./errors";
import { streamedZipSize, type StreamedZipEntry } from "@/lib/zip/streaming-zip";

/** The largest zip download (DOWNLOAD_ZIP_MAX_MB, default 1024): the archive streams, but disk reads and bandwidth do not. */
export function zipByteLimit(): number {
  const mb = Number(process.env.DOWNLOAD_ZIP_MAX_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 1024) * 1024 * 1024;
}

/** The archive's exact size, or a 413 before a single byte is sent when it is past the limit. */
export function checkedZipSize(entries: Pick<StreamedZipEntry, "name" | "size">[]): number {
  const size = streamedZipSize(entries);
  const limit = zipByteLimit();
  if (size > limit) {
    throw new AppError(
      "TOO_LARGE",
      `This download would be ${Math.ceil(size / 1048576)} MB; the limit is ${Math.floor(limit / 1048576)} MB. Choose fewer images.`,
      {
        details: { bytes: size, limitBytes: limit },
      },
    );
  }
  return size;
}
