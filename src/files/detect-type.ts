/**
 * What a file really is, from its first bytes: the client's claimed Content-Type and name are ignored,
 * so a renamed executable cannot pass as a PDF.
 */
export type MediaType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'application/ofd';

export const ALLOWED_MEDIA_TYPES: readonly MediaType[] = ['application/pdf', 'image/jpeg', 'image/png', 'application/ofd'];

export const EXTENSION_OF: Record<MediaType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/ofd': 'ofd',
};

const startsWith = (buf: Buffer, bytes: readonly number[], at = 0) =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);

/** Detected type, or a short description of what was found instead (for the error message). */
export function detectMediaType(buf: Buffer): { type: MediaType } | { type: null; found: string } {
  // PDF readers accept the header within the first 1024 bytes (some scanners prepend junk).
  const head = buf.subarray(0, 1024).toString('latin1');
  if (head.startsWith('%PDF-') || (head.includes('%PDF-') && head.indexOf('%PDF-') < 1024)) return { type: 'application/pdf' };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { type: 'image/jpeg' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: 'image/png' };
  // OFD (GB/T 33190-2016) is a ZIP package whose entry point is OFD.xml at the root.
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    return zipHasRootEntry(buf, 'OFD.xml') ? { type: 'application/ofd' } : { type: null, found: 'zip' };
  }
  if (startsWith(buf, [0x4d, 0x5a])) return { type: null, found: 'exe' };
  if (startsWith(buf, [0x47, 0x49, 0x46, 0x38])) return { type: null, found: 'gif' };
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0])) return { type: null, found: 'ole (doc/xls)' };
  if (/^\s*</.test(head)) return { type: null, found: 'html/xml' };
  return { type: null, found: 'unknown' };
}

/** Walks the ZIP's local file headers looking for an entry named exactly `name` (case-insensitive). */
function zipHasRootEntry(buf: Buffer, name: string): boolean {
  const wanted = name.toLowerCase();
  let at = 0;
  for (let n = 0; n < 10_000 && at + 30 <= buf.length; n++) {
    if (buf.readUInt32LE(at) !== 0x04034b50) break;
    const flags = buf.readUInt16LE(at + 6);
    const compressed = buf.readUInt32LE(at + 18);
    const nameLen = buf.readUInt16LE(at + 26);
    const extraLen = buf.readUInt16LE(at + 28);
    const entry = buf.subarray(at + 30, at + 30 + nameLen).toString('utf8').toLowerCase();
    if (entry === wanted) return true;
    // A streamed entry (bit 3) has its size after the data: fall back to the central directory.
    if (flags & 0x08) break;
    at += 30 + nameLen + extraLen + compressed;
  }
  return centralDirectoryNames(buf).some((e) => e.toLowerCase() === wanted);
}

function centralDirectoryNames(buf: Buffer): string[] {
  const names: string[] = [];
  const min = Math.max(0, buf.length - 65_557);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const count = buf.readUInt16LE(i + 10);
    let at = buf.readUInt32LE(i + 16);
    for (let k = 0; k < count && at + 46 <= buf.length; k++) {
      if (buf.readUInt32LE(at) !== 0x02014b50) break;
      const nameLen = buf.readUInt16LE(at + 28);
      const extraLen = buf.readUInt16LE(at + 30);
      const commentLen = buf.readUInt16LE(at + 32);
      names.push(buf.subarray(at + 46, at + 46 + nameLen).toString('utf8'));
      at += 46 + nameLen + extraLen + commentLen;
    }
    break;
  }
  return names;
}
