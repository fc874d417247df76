import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/**
 * The CJK font embedded in every PDF: Noto Sans SC as Google Fonts ships it, with TrueType (glyf) outlines that
 * pdf-lib + fontkit can subset (a .ttc cannot be embedded and Noto CJK's CFF outlines come out invalid).
 * Read from the npm package, never from the system, so PDFs render the same on a machine with no CJK font.
 */
export type FontWeight = 'regular' | 'bold';

const FILES: Record<FontWeight, string> = {
  regular: '400Regular/NotoSansSC_400Regular.ttf',
  bold: '700Bold/NotoSansSC_700Bold.ttf',
};

export const FONT_POSTSCRIPT_NAMES: Record<FontWeight, string> = {
  regular: 'NotoSansSC-Regular',
  bold: 'NotoSansSC-Bold',
};

const require = createRequire(import.meta.url);
const cache = new Map<FontWeight, Uint8Array>();

export function fontBytes(weight: FontWeight): Uint8Array {
  const hit = cache.get(weight);
  if (hit) return hit;
  const root = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  const bytes = new Uint8Array(fs.readFileSync(path.join(root, FILES[weight])));
  cache.set(weight, bytes);
  return bytes;
}

/**
 * fontkit's TrueType subsetter writes glyphs back to back, but the subset's `loca` uses the short format (offsets
 * halved) whenever it is small, so a glyph with an odd byte length shifts every glyph after it and they render blank
 * (pdftotext still finds the text, a reader sees holes). Padding each glyph to four bytes, as the OpenType spec
 * recommends, makes every offset even. Patched once on fontkit's TTFSubset class.
 */
interface TtfSubsetInternals {
  glyf: Uint8Array[];
  offset: number;
  _addGlyph(gid: number): number;
}
let patched = false;
export function padSubsetGlyphs(fontkit: { create(bytes: Buffer): unknown }): void {
  if (patched) return;
  const font = fontkit.create(Buffer.from(fontBytes('regular'))) as { createSubset(): unknown };
  const proto = Object.getPrototypeOf(font.createSubset()) as TtfSubsetInternals;
  const original = proto._addGlyph;
  proto._addGlyph = function (this: TtfSubsetInternals, gid: number): number {
    const index = original.call(this, gid);
    const data = this.glyf[index]!;
    const pad = (4 - (data.length % 4)) % 4;
    if (pad) {
      // fontkit's bundle carries its own Buffer polyfill and its encoder accepts only that class.
      const Polyfill = data.constructor as unknown as { alloc(size: number): Uint8Array };
      const padded = Polyfill.alloc(data.length + pad);
      padded.set(data);
      this.glyf[index] = padded;
      this.offset += pad;
    }
    return index;
  };
  patched = true;
}
