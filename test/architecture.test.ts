import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { cruise } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');

function webFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) return webFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * The '/api/v1' strings of a file that are not the path of a typed call: a path is fine as the first argument of
 * client.GET/POST/PUT/PATCH/DELETE, hrefOf or uploadTo, or as the path of AnswerOf/BodyOf/QueryOf, because those only
 * take paths the OpenAPI document has. Anything else ('/api/v1/…' or `/api/v1/${id}` in a page) is an inline URL.
 */
function inlineUrls(source: string): string[] {
  const typed = /(?:client\.(?:GET|POST|PUT|PATCH|DELETE)|hrefOf|uploadTo)\(\s*'\/api\/v1[^']*'|(?:AnswerOf|BodyOf|QueryOf)<\s*'\/api\/v1[^']*'/g;
  return source
    .replace(typed, '')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => /['"`]\/api\/v1/.test(line))
    .map(({ line, n }) => `${n}: ${line.slice(0, 120)}`);
}

describe('module layout', () => {
  it('has no import cycles in the server or the web app, crosses modules only through index.ts, keeps db free of modules, and keeps the web app off any hand-written client', async () => {
    const config = require('../.dependency-cruiser.cjs');
    const result = await cruise(['src', 'web/src'], { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } });
    const output = result.output as { summary: { violations: Array<{ from: string; to: string; rule: { name: string } }> } };
    const violations = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual([]);
  });
});

describe('the web app and the server contract', () => {
  const files = webFiles('web/src');

  it('calls the server only through the typed client: no inline /api/v1 URL anywhere in the web app', () => {
    const found = files.flatMap((f) => inlineUrls(fs.readFileSync(path.join(root, f), 'utf8')).map((hit) => `${f}:${hit}`));
    expect(found).toEqual([]);
  });

  it('has one way to the server: no hand-written client, and only the typed client calls fetch or XMLHttpRequest', () => {
    expect(fs.existsSync(path.join(root, 'web/src/api/client.ts'))).toBe(false);
    const direct = files.filter((f) => f !== 'web/src/api/typed.ts' && /\bfetch\(|new XMLHttpRequest\b/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(direct).toEqual([]);
  });
});
