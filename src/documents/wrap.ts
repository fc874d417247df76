/**
 * Line breaking for mixed Chinese/Latin text: a break may fall between any two CJK characters, Latin words break
 * at spaces (or anywhere when one word is wider than the line), and closing punctuation never starts a line
 * nor opening punctuation ends one (the basic rule of GB/T 15834 typesetting).
 */
const NO_LINE_START = new Set([...'，。、；：？！）】」』》〉”’,.;:?!)]}%·…—']);
const NO_LINE_END = new Set([...'（【「『《〈“‘([{']);

export type Measure = (text: string) => number;

function isCjk(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
}

/** Units that may not be split: one CJK character (with trailing punctuation glued on) or one Latin word. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = () => {
    if (word) out.push(word);
    word = '';
  };
  for (const ch of text) {
    if (ch === ' ') {
      flush();
      out.push(' ');
    } else if (isCjk(ch) || NO_LINE_START.has(ch)) {
      if (NO_LINE_START.has(ch)) {
        // Glue to whatever precedes it so that it can never open a line.
        if (word) word += ch;
        else if (out.length && out[out.length - 1] !== ' ') out[out.length - 1] += ch;
        else word = ch;
        continue;
      }
      flush();
      word = ch;
      flush();
    } else {
      word += ch;
    }
  }
  flush();
  // Glue opening punctuation to the following token so that it never ends a line.
  const glued: string[] = [];
  for (let i = 0; i < out.length; i++) {
    let t = out[i]!;
    while (t.length > 0 && NO_LINE_END.has([...t].at(-1)!) && i + 1 < out.length && out[i + 1] !== ' ') t += out[++i]!;
    glued.push(t);
  }
  return glued;
}

function splitLongToken(token: string, width: number, measure: Measure): string[] {
  const parts: string[] = [];
  let cur = '';
  for (const ch of token) {
    if (cur && measure(cur + ch) > width) {
      parts.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur) parts.push(cur);
  return parts;
}

/**
 * Break `text` into lines no wider than `width`. Each unit is measured once and a line's width is the sum of its
 * units' widths (a font's advance widths add up; no shaping joins two units), so a paragraph costs one measurement
 * per unit rather than one per growing line.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    let line = '';
    /** The width of `line` without its trailing spaces, and the width of those spaces. */
    let lineWidth = 0;
    let spaces = 0;
    for (const token of tokens(para)) {
      if (token === ' ') {
        if (line === '') continue;
        line += token;
        spaces += measure(token);
        continue;
      }
      const w = measure(token);
      if (lineWidth + spaces + w <= width) {
        line += token;
        lineWidth += spaces + w;
        spaces = 0;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      if (w > width) {
        const parts = splitLongToken(token, width, measure);
        lines.push(...parts.slice(0, -1));
        line = parts.at(-1) ?? '';
        lineWidth = measure(line);
      } else {
        line = token;
        lineWidth = w;
      }
      spaces = 0;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
