/**
 * The only place the catalog speaks SQL (split by subject under store/). Rows never leave it: it returns the
 * catalog's typed objects.
 */
export * from './store/reference.js';
export * from './store/items.js';
export * from './store/bundles.js';
export * from './store/search.js';
export * from './store/statistics.js';
export * from './store/bulk.js';
export * from './store/synonyms.js';
export * from './store/english.js';
