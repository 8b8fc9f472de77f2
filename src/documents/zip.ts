/**
 * Safe zip reading for DOCX: walk the central directory with yauzl (lazily, nothing inflated) and
 * refuse zip bombs before any part is decompressed. Then inflate the parts we need through yauzl,
 * which checks every entry's real size against the declared one as it streams (a part that inflates
 * past its declared size is cut off at that point, not after 200 MB).
 */
import yauzl from 'yauzl';
import { DocumentError } from './errors.js';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** An entry is absurd above this compression ratio … */
const MAX_RATIO = 100;
/** … when it also inflates beyond this many bytes (small XML parts compress 100:1 legitimately). */
const RATIO_MIN_BYTES = 10 * 1024 * 1024;
/** Entries in a resume .docx: a few dozen; tens of thousands is a zip bomb of another kind. */
const MAX_ENTRIES = 5000;

export const ZIP_BOMB_MESSAGE =
  'This Word file would expand to an enormous size when opened (it looks like a "zip bomb" or a badly '
  + 'damaged file), so I did not open it. Save your resume again from Word or Google Docs as .docx or PDF '
  + 'and send that.';

export const TOO_MUCH_TEXT_MESSAGE =
  'This Word document holds far more text than any resume or job post (many megabytes of it), so I did not '
  + 'read it. Send just your resume (or the one job post), saved as .docx or PDF.';

export const CORRUPT_DOCX_MESSAGE =
  'This Word file seems to be damaged or incomplete, and I could not open it. Open it in Word or Google '
  + 'Docs to check it, save it again as .docx (or export it as PDF), and send the new file.';

export class SafeZip {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: ReadonlyMap<string, ZipEntryInfo & { entry: yauzl.Entry }>,
  ) {}

  /** Read the directory and apply the zip-bomb rules; nothing is inflated. */
  static async open(bytes: Uint8Array, maxUnzippedBytes: number): Promise<SafeZip> {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let zip: yauzl.ZipFile;
    try {
      zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
        yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false }, (err, z) => (err ? reject(err) : resolve(z))));
    } catch {
      throw new DocumentError('corrupt', CORRUPT_DOCX_MESSAGE);
    }
    if (zip.entryCount > MAX_ENTRIES) {
      zip.close();
      throw new DocumentError('corrupt', ZIP_BOMB_MESSAGE);
    }
    const entries = new Map<string, ZipEntryInfo & { entry: yauzl.Entry }>();
    let total = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('error', reject);
        zip.on('end', () => resolve());
        zip.on('entry', (entry: yauzl.Entry) => {
          const info = {
            name: entry.fileName,
            compressedSize: entry.compressedSize,
            uncompressedSize: entry.uncompressedSize,
            entry,
          };
          total += entry.uncompressedSize;
          const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
          if (total > maxUnzippedBytes) {
            reject(new DocumentError('corrupt', ZIP_BOMB_MESSAGE));
            return;
          }
          // Within the limit but huge and very compressible: a real document with a vast amount of
          // repetitive text (200,000 short paragraphs), or a small bomb. Either way too large to read,
          // and honestly so: not "damaged".
          if (ratio > MAX_RATIO && entry.uncompressedSize > RATIO_MIN_BYTES) {
            reject(new DocumentError('too-large', TOO_MUCH_TEXT_MESSAGE));
            return;
          }
          entries.set(entry.fileName, info);
          zip.readEntry();
        });
        zip.readEntry();
      });
    } catch (error) {
      zip.close();
      if (error instanceof DocumentError) throw error;
      throw new DocumentError('corrupt', CORRUPT_DOCX_MESSAGE);
    }
    return new SafeZip(zip, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Inflate one entry. yauzl verifies the real size against the declared one while streaming. */
  async read(name: string): Promise<Buffer> {
    const info = this.entries.get(name);
    if (!info) throw new DocumentError('corrupt', CORRUPT_DOCX_MESSAGE);
    try {
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        this.zip.openReadStream(info.entry, (err, s) => (err ? reject(err) : resolve(s))));
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    } catch (error) {
      // yauzl: "too many bytes in the stream" = the part inflates past its declared size (a bomb
      // that lies in its headers); everything else is plain damage.
      const bomb = error instanceof Error && /too many bytes/i.test(error.message);
      throw new DocumentError('corrupt', bomb ? ZIP_BOMB_MESSAGE : CORRUPT_DOCX_MESSAGE);
    }
  }

  close(): void {
    this.zip.close();
  }
}
