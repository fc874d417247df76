import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every error code a module declares is one an answer can carry: declared codes that nothing raises are removed. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the error catalogue', () => {
  it('declares only codes that some code path raises', () => {
    const files = sources('src').map((f) => ({ f, text: fs.readFileSync(f, 'utf8') }));
    const declared = files.flatMap(({ f, text }) =>
      /defineErrors\(/.test(text) ? [...text.matchAll(/^\s+([A-Z][A-Z0-9_]+): \{ status/gm)].map((m) => ({ code: m[1]!, file: f })) : [],
    );
    expect(declared.length).toBeGreaterThan(100);
    const unused = declared.filter(({ code }) =>
      !files.some(({ text }) => text.includes(`'${code}'`) || text.includes(`"${code}"`) || new RegExp(`Errors\\.${code}\\b`).test(text)),
    );
    expect(unused).toEqual([]);
  });
});
