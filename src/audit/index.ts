export { appendAudit, chainEntries, chainHead, firstEntryInsert } from './store.js';
export { nextEntry, verifyChain, merkleRoot, canonicalJson, sm3, GENESIS_HASH } from './chain.js';
export type { AuditEntry, AuditInput, ChainHead, StoredEntry } from './chain.js';
export { verifyAudit, sealAudit } from './verify-audit.js';
export type { AuditReport } from './verify-audit.js';
