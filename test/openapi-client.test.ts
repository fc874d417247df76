import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedApiTypes, SCHEMA_FILE } from '../scripts/api-types.js';

describe('the web app\'s generated API types', () => {
  it('match the server\'s OpenAPI document (run `npm run build:api` when this fails)', async () => {
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    const fresh = await generatedApiTypes();
    // compare line by line so a failure names the first operation that drifted
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const first = b.findIndex((line, i) => a[i] !== line);
    expect(first === -1 && a.length === b.length ? 'up to date' : `stale from line ${first + 1}: ${b[first]}`).toBe('up to date');
  }, 60_000);
});
