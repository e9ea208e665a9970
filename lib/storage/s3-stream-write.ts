import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
  type CompletedPart,
  type S3Client,
} from "@aws-sdk/client-s3";
import type { StoredFileStat } from "./file-storage";
import { contentTypeOf, putS3Object } from "./s3-put-object";

/** A stream write past S3StorageOptions.maxStreamBytes. */
export class StoredFileTooLargeError extends Error {
  constructor() {
    super("Stored file too large");
    this.name = "StoredFileTooLargeError";
  }
}

/** Where a stream write goes, in parts of `partBytes`, refused past `maxStreamBytes`. */
export type S3StreamTarget = {
  client: S3Client;
  bucket: string;
  objectKey: string;
  partBytes: number;
  maxStreamBytes: number;
};

/**
 * A stream that fits in one part is one PUT; a longer one becomes a multipart upload of
 * partBytes pieces, so memory holds one part at a time. Any failure (the source stream, a part,
 * the size cap) aborts the upload: S3 never assembles it, no object appears.
 */
export async function writeStreamToS3(
  target: S3StreamTarget,
  content: AsyncIterable<Uint8Array>,
): Promise<StoredFileStat> {
  const { client, bucket, objectKey, partBytes, maxStreamBytes } = target;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let total = 0;
  let upload: { id: string; parts: CompletedPart[] } | undefined;
  const sendPart = async (bytes: Buffer) => {
    upload ??= { id: await createMultipartUpload(client, bucket, objectKey), parts: [] };
    const partNumber = upload.parts.length + 1;
    const sent = await client.send(
      new UploadPartCommand({
        Bucket: bucket,
        Key: objectKey,
        UploadId: upload.id,
        PartNumber: partNumber,
        Body: bytes,
      }),
    );
    upload.parts.push({ PartNumber: partNumber, ETag: sent.ETag });
  };
  try {
    for await (const chunk of content) {
      total += chunk.length;
      if (total > maxStreamBytes) throw new StoredFileTooLargeError();
      pending.push(chunk);
      pendingBytes += chunk.length;
      while (pendingBytes >= partBytes) {
        const joined = Buffer.concat(pending);
        pending = [joined.subarray(partBytes)];
        pendingBytes = pending[0].length;
        await sendPart(joined.subarray(0, partBytes));
      }
    }
    const rest = Buffer.concat(pending);
    if (!upload) {
      await putS3Object(client, bucket, objectKey, rest);
    } else {
      if (rest.length > 0) await sendPart(rest);
      const finished: { id: string; parts: CompletedPart[] } = upload;
      await client.send(
        new CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: objectKey,
          UploadId: finished.id,
          MultipartUpload: { Parts: finished.parts },
        }),
      );
    }
    return { size: total, modifiedAt: new Date() };
  } catch (error) {
    const started: { id: string } | undefined = upload;
    if (started) {
      // Best effort: an upload that is never completed is never an object either way; aborting
      // frees its parts (a bucket lifecycle rule for incomplete uploads catches any missed).
      await client
        .send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: objectKey, UploadId: started.id }))
        .catch(() => undefined);
    }
    throw error;
  }
}

async function createMultipartUpload(client: S3Client, bucket: string, objectKey: string): Promise<string> {
  const created = await client.send(
    new CreateMultipartUploadCommand({ Bucket: bucket, Key: objectKey, ContentType: contentTypeOf(objectKey) }),
  );
  if (!created.UploadId) throw new Error("S3 CreateMultipartUpload returned no UploadId");
  return created.UploadId;
}
