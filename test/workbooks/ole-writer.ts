/**
 * Compound File Binary (OLE2) containers, the format of an old binary .xls and of a
 * password-protected .xlsx (Excel wraps the encrypted package in one). Streams are stored in
 * regular 512-byte sectors (each at least the 4096-byte mini-stream cutoff), one FAT sector,
 * one directory sector: small, but laid out as the specification says.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT = 0xfffffffd;

export function writeOle(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  const sized = streams.map((s) => {
    const length = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = new Uint8Array(length);
    data.set(s.data);
    return { name: s.name, data, size: s.data.length < 4096 ? 4096 : s.data.length };
  });
  const total = 2 + sized.reduce((n, s) => n + s.data.length / SECTOR, 0);
  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  // Header
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 0x0003, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END, true);
  view.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  const sectorAt = (n: number) => SECTOR * (1 + n);
  // FAT (sector 0), directory (sector 1), then each stream's chain.
  const fat = (i: number, v: number) => view.setUint32(sectorAt(0) + i * 4, v, true);
  for (let i = 0; i < SECTOR / 4; i++) fat(i, FREE);
  fat(0, FAT);
  fat(1, END);
  let next = 2;
  const starts = sized.map((s) => {
    const start = next;
    const count = s.data.length / SECTOR;
    for (let k = 0; k < count; k++) fat(start + k, k === count - 1 ? END : start + k + 1);
    out.set(s.data, sectorAt(start));
    next += count;
    return start;
  });
  const entries = [{ name: 'Root Entry', type: 5, start: END, size: 0 }].concat(
    sized.map((s, i) => ({ name: s.name, type: 2, start: starts[i]!, size: s.size })),
  );
  entries.forEach((e, i) => {
    const at = sectorAt(1) + i * 128;
    const name = Buffer.from(`${e.name}\0`, 'utf16le');
    out.set(name, at);
    view.setUint16(at + 0x40, name.length, true);
    out[at + 0x42] = e.type;
    out[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, i > 0 && i < entries.length - 1 ? i + 1 : FREE, true); // left
    view.setUint32(at + 0x48, FREE, true); // right
    view.setUint32(at + 0x4c, i === 0 && entries.length > 1 ? 1 : FREE, true); // child
    view.setUint32(at + 0x74, e.start, true);
    view.setUint32(at + 0x78, e.size, true);
  });
  for (let i = entries.length; i < 4; i++) {
    const at = sectorAt(1) + i * 128;
    view.setUint32(at + 0x44, FREE, true);
    view.setUint32(at + 0x48, FREE, true);
    view.setUint32(at + 0x4c, FREE, true);
  }
  return out;
}

/** Deterministic filler bytes, standing in for ciphertext or BIFF records after the first. */
export function filler(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
