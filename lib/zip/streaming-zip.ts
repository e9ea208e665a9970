import { crc32 } from "node:zlib";

/** An entry whose bytes are opened only when the reader reaches it; `size` must be exact. */
export type StreamedZipEntry = {
  name: string;
  size: number;
  modified?: Date;
  open: () => Promise<Iterable<Uint8Array> | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>>;
};

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const DATA_DESCRIPTOR = 16;
const FLAGS = 0x0808; // bit 3: CRC in the data descriptor; bit 11: names are UTF-8

/** Bytes the archive of these entries takes, so a caller can refuse a cap before sending anything. */
export function streamedZipSize(entries: Pick<StreamedZipEntry, "name" | "size">[]): number {
  let total = 22;
  for (const entry of entries) {
    const name = Buffer.byteLength(entry.name, "utf8");
    total += LOCAL_HEADER + name + entry.size + DATA_DESCRIPTOR + CENTRAL_HEADER + name;
  }
  return total;
}

/**
 * A "stored" zip written while it is read: each entry is opened only when the reader pulls past the
 * previous one, its CRC is computed on the way through and written in a data descriptor after the
 * data (APPNOTE 4.3.9), so at most one chunk of one file is in memory whatever the archive's size.
 * Sizes are known up front (from the storage stat), so local headers carry them too. No zip64.
 */
export function streamStoredZip(entries: StreamedZipEntry[]): ReadableStream<Uint8Array> {
  if (entries.length > 0xffff) throw new RangeError("too many zip entries");
  if (streamedZipSize(entries) > 0xffffffff) throw new RangeError("zip too large without zip64");
  const parts = zipParts(entries)[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await parts.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await parts.return?.(undefined);
    },
  });
}

async function* zipParts(entries: StreamedZipEntry[]): AsyncGenerator<Uint8Array> {
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const { time, date } = dosDateTime(entry.modified ?? new Date());
    const local = Buffer.alloc(LOCAL_HEADER);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(FLAGS, 6);
    local.writeUInt16LE(0, 8); // method 0: stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(0, 14); // CRC follows in the data descriptor
    local.writeUInt32LE(entry.size, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    yield Buffer.concat([local, name]);

    let crc = 0;
    let written = 0;
    const source = await entry.open();
    for await (const chunk of source as AsyncIterable<Uint8Array>) {
      written += chunk.length;
      if (written > entry.size) throw new Error(`zip entry ${entry.name} grew while it was read`);
      crc = crc32(chunk, crc);
      yield chunk;
    }
    if (written !== entry.size) throw new Error(`zip entry ${entry.name} shrank while it was read`);
    crc >>>= 0;
    const descriptor = Buffer.alloc(DATA_DESCRIPTOR);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(entry.size, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    yield descriptor;

    const central = Buffer.alloc(CENTRAL_HEADER);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(FLAGS, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.size, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42); // bytes 30-41 (extra, comment, disk, attributes) stay 0
    centrals.push(central, name);
    offset += LOCAL_HEADER + name.length + entry.size + DATA_DESCRIPTOR;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([directory, end]);
}

/** MS-DOS time and date fields (2-second resolution, years from 1980). */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getFullYear());
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}
