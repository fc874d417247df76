export * from './errors.js';
export * from './clock.js';
export * from './config.js';
export * from './identifiers.js';
export * from './personal-data.js';
export * from './ids.js';
export { masterKeyOf } from './master-key.js';
export type { AppDeps } from './deps.js';
export { ErrorResponse, errors, IsoDateString, isCalendarDate } from './schemas.js';
