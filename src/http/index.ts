export { buildApp, MAX_UPLOAD_BYTES } from './app.js';
export type { BuildOptions } from './app.js';
export { errorBody, languageOf } from './errors.js';
export { openapiDocument } from './openapi-document.js';
