import openapiTS, { astToString } from 'openapi-typescript';
import { openapiDocument } from '../src/http/index.js';

export const SCHEMA_FILE = 'web/src/api/schema.d.ts';

/** The web app's API types, generated from the server's OpenAPI document (no server needs to run). */
export async function generatedApiTypes(): Promise<string> {
  const doc = await openapiDocument();
  const ast = await openapiTS(doc as never, { alphabetize: true, silent: true });
  const header = '// Generated from the OpenAPI document by `npm run build:api` (scripts/build-api.ts). Do not edit.\n';
  return header + astToString(ast);
}
