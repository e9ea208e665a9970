import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";

const CONTENT_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  svg: "image/svg+xml",
};

/** The object's Content-Type, from its key's extension (stored with the object, sent back on GET). */
export function contentTypeOf(objectKey: string): string {
  return CONTENT_TYPES[objectKey.slice(objectKey.lastIndexOf(".") + 1).toLowerCase()] ?? "application/octet-stream";
}

/** One PUT of the whole object: it appears only when the PUT completes. */
export async function putS3Object(
  client: S3Client,
  bucket: string,
  objectKey: string,
  body: Uint8Array,
): Promise<void> {
  await client.send(
    new PutObjectCommand({ Bucket: bucket, Key: objectKey, Body: body, ContentType: contentTypeOf(objectKey) }),
  );
}
