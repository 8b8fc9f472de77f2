/**
 * WOFF 1.0 -> plain TrueType/OpenType (sfnt) bytes. resvg reads TTF/OTF only, and the npm font
 * packages ship WOFF; WOFF is the sfnt's tables each zlib-compressed, so this undoes just that
 * (https://www.w3.org/TR/WOFF/ sections 3-5).
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_BYTES = 44;
const WOFF_ENTRY_BYTES = 20;
const SFNT_HEADER_BYTES = 12;
const SFNT_ENTRY_BYTES = 16;

const pad4 = (n: number) => (n + 3) & ~3;

export function woffToSfnt(woff: Uint8Array): Buffer {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER_BYTES || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = WOFF_HEADER_BYTES + i * WOFF_ENTRY_BYTES;
    return { tag: view.getUint32(at), offset: view.getUint32(at + 4), compLength: view.getUint32(at + 8), origLength: view.getUint32(at + 12), checksum: view.getUint32(at + 16) };
  });
  const headerBytes = SFNT_HEADER_BYTES + count * SFNT_ENTRY_BYTES;
  const out = Buffer.alloc(tables.reduce((sum, t) => sum + pad4(t.origLength), headerBytes));
  // The sfnt header's binary-search fields (OpenType spec, "Table directory").
  const log2 = Math.floor(Math.log2(Math.max(count, 1)));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(16 * 2 ** log2, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(count * 16 - 16 * 2 ** log2, 10);
  let offset = headerBytes;
  tables.forEach((t, i) => {
    const stored = woff.subarray(t.offset, t.offset + t.compLength);
    const data = t.compLength < t.origLength ? inflateSync(stored) : stored;
    if (data.byteLength !== t.origLength) throw new Error('WOFF table has the wrong length');
    const entry = SFNT_HEADER_BYTES + i * SFNT_ENTRY_BYTES;
    out.writeUInt32BE(t.tag, entry);
    out.writeUInt32BE(t.checksum, entry + 4);
    out.writeUInt32BE(offset, entry + 8);
    out.writeUInt32BE(t.origLength, entry + 12);
    out.set(data, offset);
    offset += pad4(t.origLength);
  });
  return out;
}
