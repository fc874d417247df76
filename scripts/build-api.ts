import fs from 'node:fs';
import { generatedApiTypes, SCHEMA_FILE } from './api-types.js';

// Writes web/src/api/schema.d.ts; test/openapi-client.test.ts fails when the committed file is stale.
const text = await generatedApiTypes();
const changed = !fs.existsSync(SCHEMA_FILE) || fs.readFileSync(SCHEMA_FILE, 'utf8') !== text;
if (changed) fs.writeFileSync(SCHEMA_FILE, text);
console.log(`${SCHEMA_FILE}: ${changed ? 'written' : 'up to date'} (${text.length} characters)`);
