import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { cruise } from 'dependency-cruiser';

const require = createRequire(import.meta.url);

describe('module layout', () => {
  it('has no import cycles in the server or the web app, crosses modules only through index.ts, and keeps db free of modules', async () => {
    const config = require('../.dependency-cruiser.cjs');
    const result = await cruise(['src', 'web/src'], { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } });
    const output = result.output as { summary: { violations: Array<{ from: string; to: string; rule: { name: string } }> } };
    const violations = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual([]);
  });
});
