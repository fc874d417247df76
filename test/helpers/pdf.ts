import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Helpers for tests of generated documents, shared with modules that produce PDFs: they ask poppler (`pdftotext`,
 * `pdffonts`, `pdftoppm`) what a reader would see, and decode QR codes from rendered pixels.
 */
function withTempPdf<T>(pdf: Uint8Array, fn: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Uint8Array): string {
  return withTempPdf(pdf, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(pdf: Uint8Array): PdfFontRow[] {
  const out = withTempPdf(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object id, generation.
      const parts = line.trim().split(/\s+/);
      const [emb, sub, uni] = parts.slice(-5, -2);
      return { name: parts[0]!, type: parts.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}

// jsqr is CommonJS with an ES-style `default` property; under NodeNext the default import is the module object.
const jsQR = (jsQRModule as unknown as { default: typeof import('jsqr').default }).default;

export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);
  return code?.data ?? null;
}

/** Render the first page at `dpi` and decode the QR code found on it. */
export function decodeQrFromPdf(pdf: Uint8Array, dpi = 150): string | null {
  return withTempPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'page')]);
    return decodeQrPng(fs.readFileSync(path.join(dir, 'page.png')));
  });
}

/** The first page as a greyscale bitmap (0 = black), via `pdftoppm -gray`. */
export function renderGray(pdf: Uint8Array, dpi = 72): { width: number; height: number; pixels: Uint8Array } {
  return withTempPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'page')]);
    const data = fs.readFileSync(path.join(dir, 'page.pgm'));
    // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
    const header = data.subarray(0, 64).toString('latin1');
    const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header)!;
    return { width: Number(m[1]), height: Number(m[2]), pixels: new Uint8Array(data.subarray(m[0].length)) };
  });
}
