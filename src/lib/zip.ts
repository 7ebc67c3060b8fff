/**
 * A workbook's zip archive, read part by part. The central directory at the end of the archive
 * lists the parts; each part the reader needs is inflated on its own with fflate's streaming
 * Inflate, a few kilobytes of compressed input at a time, and inflating stops as soon as the part
 * passes its limit. So a zip bomb (a few MB that inflate to gigabytes) is refused after at most
 * LIMITS.partBytes of output, and only one part is ever being inflated. The whole archive is never
 * unzipped, parts the reader does not need are never inflated, and a part listed twice (the second
 * would silently win in a plain unzip) is refused.
 */
import { Inflate } from 'fflate';
import { count, LIMITS, megabytes } from './limits';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** A limit was passed: the message is Swedish, for the person who supplied the file. */
export class LimitError extends Error {}

/** A damaged archive: the message is Swedish and is shown inside a "damaged workbook" error. */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: at most about 1 000 times as much comes out. */
const CHUNK = 4 * 1024;

/** The archive's parts, from its central directory; throws ZipError or LimitError. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('zip-arkivets innehållsförteckning saknas');
  const total = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (total === 0xffff || start === 0xffffffff)
    throw new LimitError(`Arbetsboken är för stor (zip64); högst ${megabytes(LIMITS.fileBytes)}.`);
  if (total > LIMITS.zipEntries) {
    throw new LimitError(
      `Arbetsboken har ${count(total)} delar i sitt zip-arkiv; högst ${count(LIMITS.zipEntries)} läses (Excel skriver ett tjugotal).`,
    );
  }
  if (start + size > bytes.length) throw new ZipError('zip-arkivet är avklippt');

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = start;
  for (let n = 0; n < total; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      throw new ZipError('zip-arkivets innehållsförteckning är trasig');
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw new ZipError('zip-arkivet är avklippt');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (seen.has(name)) {
      throw new ZipError(
        `delen ${name} finns två gånger i zip-arkivet, och det går inte att veta vilken som gäller`,
      );
    }
    seen.add(name);
    entries.push({
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/**
 * Inflates one part, handing each piece of its text to `write` as it comes; returns the inflated
 * size. Throws LimitError as soon as the part passes `limit` bytes, ZipError when it is damaged.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit: number,
  write: (chunk: Uint8Array) => void,
): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw new ZipError(`delen ${entry.name} saknas där innehållsförteckningen anger`);
  if (entry.flags & 1) throw new ZipError(`delen ${entry.name} är krypterad`);
  const begin = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = begin + entry.compressedSize;
  if (stop > bytes.length) throw new ZipError(`delen ${entry.name} är avklippt`);
  const data = bytes.subarray(begin, stop);

  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > limit) {
      throw new LimitError(
        `Delen ${entry.name} i arbetsboken blir större än ${megabytes(limit)} uppackad; så stora blad läses inte (ett verkligt blad är under 3 MB). Arbetsboken kan vara en zip-bomb.`,
      );
    }
    if (chunk.length > 0) write(chunk);
  };
  if (entry.method === 0) {
    take(data);
    return size;
  }
  if (entry.method !== 8)
    throw new ZipError(`delen ${entry.name} är packad med en okänd metod (${entry.method})`);
  if (data.length === 0) throw new ZipError(`delen ${entry.name} är tom`);
  let failure: unknown;
  const inflater = new Inflate((chunk) => {
    try {
      take(chunk);
    } catch (error) {
      failure ??= error;
    }
  });
  for (let i = 0; i < data.length && failure === undefined; i += CHUNK) {
    try {
      inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    } catch (error) {
      throw new ZipError(
        `delen ${entry.name} går inte att packa upp (${(error as Error).message})`,
      );
    }
  }
  if (failure !== undefined) throw failure;
  return size;
}
