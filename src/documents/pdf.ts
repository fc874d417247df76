import { randomBytes } from 'node:crypto';
import { PDFDocument, PDFFont, PDFPage, rgb, type RGB } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { fontBytes, FONT_POSTSCRIPT_NAMES, padSubsetGlyphs, type FontWeight } from './font.js';
import { qrMatrix, type QrErrorLevel } from './qr.js';
import { wrapText } from './wrap.js';

/** A4 portrait in PDF points. */
export const A4: [number, number] = [595.28, 841.89];
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

export type Align = 'left' | 'center' | 'right';

export interface PdfOptions {
  title: string;
  subject?: string;
  author?: string;
  pageSize?: [number, number];
  margin?: number;
  /** Printed at the bottom of every page; `{page}` and `{pages}` are replaced. */
  footer?: string;
  /** Creation date written into the metadata (injected so that documents are reproducible in tests). */
  createdAt?: Date;
}

export interface TextStyle {
  size?: number;
  weight?: FontWeight;
  color?: RGB;
  align?: Align;
}

const BLACK = rgb(0, 0, 0);
export const GREY = rgb(0.4, 0.4, 0.4);
export const RED = rgb(0.75, 0.1, 0.1);

/**
 * fontkit parses a font from its bytes on every `create` (copying all of Noto Sans SC's ~10 MB byte by byte into its
 * own Buffer class first), and pdf-lib calls it once per embedded font per document. The parsed font is read-only
 * and each document makes its own subset from it, so one parse per font serves every document.
 */
const parsedFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const sharedFontkit: typeof fontkit = {
  ...fontkit,
  create(bytes: Uint8Array, postscriptName?: string) {
    if (postscriptName) return fontkit.create(bytes, postscriptName);
    let font = parsedFonts.get(bytes);
    if (!font) parsedFonts.set(bytes, (font = fontkit.create(bytes)));
    return font;
  },
};

/**
 * Widths at size 1 of the texts measured so far, per weight: the same labels, characters and words recur in every
 * document, and measuring lays the text out with the whole shaping engine. Bounded; cleared when full.
 */
const widths: Record<FontWeight, Map<string, number>> = { regular: new Map(), bold: new Map() };
const MAX_WIDTHS = 50_000;

/** A subset font must be named with a six-letter tag (ISO 32000 9.6.4) so that readers and `pdffonts` know it is one. */
function subsetName(weight: FontWeight): string {
  const tag = [...randomBytes(6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
  return `${tag}+${FONT_POSTSCRIPT_NAMES[weight]}`;
}

/**
 * A flowing-layout PDF writer: a cursor moves down the page as headings, paragraphs, tables and QR codes are added,
 * and a new page starts when the next block does not fit. Absolute drawing (`textAt`, `qrAt`, `box`) is there for
 * templates with a fixed layout. Only the glyphs used are embedded.
 */
export class PdfBuilder {
  readonly doc: PDFDocument;
  readonly fonts: Record<FontWeight, PDFFont>;
  readonly margin: number;
  page!: PDFPage;
  /** The cursor: the top of the next block, in PDF points from the bottom. */
  y = 0;
  private readonly pageSize: [number, number];
  private readonly footer?: string;

  private constructor(doc: PDFDocument, fonts: Record<FontWeight, PDFFont>, options: PdfOptions) {
    this.doc = doc;
    this.fonts = fonts;
    this.margin = options.margin ?? 56;
    this.pageSize = options.pageSize ?? A4;
    this.footer = options.footer;
    this.newPage();
  }

  static async create(options: PdfOptions): Promise<PdfBuilder> {
    padSubsetGlyphs(fontkit);
    const doc = await PDFDocument.create();
    doc.registerFontkit(sharedFontkit);
    const fonts = {
      regular: await doc.embedFont(fontBytes('regular'), { subset: true, customName: subsetName('regular') }),
      bold: await doc.embedFont(fontBytes('bold'), { subset: true, customName: subsetName('bold') }),
    };
    doc.setTitle(options.title, { showInWindowTitleBar: true });
    doc.setLanguage('zh-CN');
    if (options.subject) doc.setSubject(options.subject);
    if (options.author) doc.setAuthor(options.author);
    doc.setProducer('banshi');
    doc.setCreator('banshi');
    const at = options.createdAt ?? new Date();
    doc.setCreationDate(at);
    doc.setModificationDate(at);
    return new PdfBuilder(doc, fonts, options);
  }

  get width(): number {
    return this.pageSize[0];
  }
  get height(): number {
    return this.pageSize[1];
  }
  get contentWidth(): number {
    return this.width - 2 * this.margin;
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(this.pageSize);
    this.y = this.height - this.margin;
    return this.page;
  }

  /** Start a new page unless `height` points still fit above the bottom margin (the footer lives there). */
  ensureSpace(height: number): void {
    if (this.y - height < this.margin) this.newPage();
  }

  measure(text: string, size: number, weight: FontWeight = 'regular'): number {
    const known = widths[weight];
    let w = known.get(text);
    if (w === undefined) {
      if (known.size >= MAX_WIDTHS) known.clear();
      known.set(text, (w = this.fonts[weight].widthOfTextAtSize(text, 1)));
    }
    return w * size;
  }

  wrap(text: string, width: number, size: number, weight: FontWeight = 'regular'): string[] {
    return wrapText(text, width, (t) => this.measure(t, size, weight));
  }

  spacer(height: number): this {
    this.y -= height;
    return this;
  }

  /** Draw one line with its baseline at `y`; `x` is the left, centre or right edge according to `align`. */
  textAt(text: string, x: number, y: number, style: TextStyle = {}): this {
    const size = style.size ?? 11;
    const weight = style.weight ?? 'regular';
    const w = this.measure(text, size, weight);
    const left = style.align === 'center' ? x - w / 2 : style.align === 'right' ? x - w : x;
    this.page.drawText(text, { x: left, y, size, font: this.fonts[weight], color: style.color ?? BLACK });
    return this;
  }

  heading(text: string, style: TextStyle = {}): this {
    const size = style.size ?? 18;
    const weight = style.weight ?? 'bold';
    const lineHeight = size * 1.4;
    for (const line of this.wrap(text, this.contentWidth, size, weight)) {
      this.ensureSpace(lineHeight);
      this.y -= size;
      this.alignedLine(line, { ...style, size, weight });
      this.y -= lineHeight - size;
    }
    this.y -= size * 0.4;
    return this;
  }

  /** A paragraph wrapped to the content width; `indent` is in em (2 for the customary Chinese first-line indent). */
  paragraph(text: string, style: TextStyle & { indent?: number; lineHeight?: number } = {}): this {
    const size = style.size ?? 11;
    const weight = style.weight ?? 'regular';
    const lineHeight = size * (style.lineHeight ?? 1.6);
    const pad = '\u3000'.repeat(style.indent ?? 0);
    const lines = this.wrap(pad + text, this.contentWidth, size, weight);
    for (const line of lines) {
      this.ensureSpace(lineHeight);
      this.y -= size;
      this.alignedLine(line, { ...style, size, weight });
      this.y -= lineHeight - size;
    }
    this.y -= size * 0.4;
    return this;
  }

  /** Labels on the left, values wrapped on the right, thin rules between rows. */
  keyValueTable(rows: Array<[string, string]>, options: { size?: number; labelWidth?: number; x?: number; width?: number } = {}): this {
    const size = options.size ?? 11;
    const x = options.x ?? this.margin;
    const width = options.width ?? this.contentWidth;
    const labelWidth = options.labelWidth ?? Math.min(width * 0.32, Math.max(...rows.map(([k]) => this.measure(k, size, 'bold'))) + 16);
    const valueWidth = width - labelWidth - 8;
    const lineHeight = size * 1.5;
    const pad = size * 0.45;
    const rule = rgb(0.75, 0.75, 0.75);
    this.page.drawLine({ start: { x, y: this.y }, end: { x: x + width, y: this.y }, thickness: 0.6, color: rule });
    for (const [label, value] of rows) {
      const labelLines = this.wrap(label, labelWidth - 8, size, 'bold');
      const valueLines = this.wrap(value || '—', valueWidth, size);
      const height = Math.max(labelLines.length, valueLines.length) * lineHeight + 2 * pad;
      if (this.y - height < this.margin) {
        this.newPage();
        this.page.drawLine({ start: { x, y: this.y }, end: { x: x + width, y: this.y }, thickness: 0.6, color: rule });
      }
      const top = this.y - pad;
      labelLines.forEach((l, i) => this.textAt(l, x + 4, top - size - i * lineHeight, { size, weight: 'bold', color: GREY }));
      valueLines.forEach((l, i) => this.textAt(l, x + labelWidth, top - size - i * lineHeight, { size }));
      this.y -= height;
      this.page.drawLine({ start: { x, y: this.y }, end: { x: x + width, y: this.y }, thickness: 0.6, color: rule });
    }
    this.y -= size;
    return this;
  }

  /** A QR code drawn as vector squares with its lower-left corner at (x, y); `size` includes the quiet zone. */
  qrAt(payload: string, x: number, y: number, size: number, options: { errorCorrectionLevel?: QrErrorLevel; caption?: string } = {}): this {
    const matrix = qrMatrix(payload, options);
    const quiet = 4;
    const modules = matrix.length + 2 * quiet;
    const cell = size / modules;
    this.page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
    matrix.forEach((row, r) => {
      // Merge runs of dark modules into one rectangle each: fewer operators, smaller file.
      let c = 0;
      while (c < row.length) {
        if (!row[c]) {
          c++;
          continue;
        }
        let end = c;
        while (end + 1 < row.length && row[end + 1]) end++;
        this.page.drawRectangle({
          x: x + (quiet + c) * cell,
          y: y + size - (quiet + r + 1) * cell,
          width: (end - c + 1) * cell,
          height: cell,
          color: BLACK,
        });
        c = end + 1;
      }
    });
    if (options.caption) this.textAt(options.caption, x + size / 2, y - 10, { size: 8, align: 'center', color: GREY });
    return this;
  }

  /** A QR code in the flow, aligned like text. */
  qrCode(payload: string, options: { size?: number; align?: Align; caption?: string; errorCorrectionLevel?: QrErrorLevel } = {}): this {
    const size = options.size ?? 120;
    const captionSpace = options.caption ? 16 : 0;
    this.ensureSpace(size + captionSpace);
    const x = options.align === 'left' ? this.margin : options.align === 'right' ? this.width - this.margin - size : (this.width - size) / 2;
    this.y -= size;
    this.qrAt(payload, x, this.y, size, options);
    this.y -= captionSpace + 6;
    return this;
  }

  /** A rectangle outline, e.g. the double frame of a certificate. */
  box(x: number, y: number, width: number, height: number, options: { thickness?: number; color?: RGB } = {}): this {
    this.page.drawRectangle({ x, y, width, height, borderWidth: options.thickness ?? 1, borderColor: options.color ?? BLACK });
    return this;
  }

  async save(): Promise<Uint8Array> {
    if (this.footer) {
      const pages = this.doc.getPages();
      pages.forEach((page, i) => {
        const text = this.footer!.replace('{page}', String(i + 1)).replace('{pages}', String(pages.length));
        const size = 8;
        const w = this.measure(text, size);
        const [pw] = [page.getWidth()];
        page.drawText(text, { x: (pw - w) / 2, y: this.margin / 2, size, font: this.fonts.regular, color: GREY });
      });
    }
    return this.doc.save();
  }

  private alignedLine(line: string, style: TextStyle & { size: number; weight: FontWeight }): void {
    const x = style.align === 'center' ? this.width / 2 : style.align === 'right' ? this.width - this.margin : this.margin;
    this.textAt(line, x, this.y, style);
  }
}

export function createPdf(options: PdfOptions): Promise<PdfBuilder> {
  return PdfBuilder.create(options);
}
