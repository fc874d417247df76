export { appendAudit, chainEntries, chainHead, firstEntryInsert, knowChainHead } from './store.js';
export { nextEntry, verifyChain, canonicalJson, sm3, GENESIS_HASH } from './chain.js';
export type { AuditEntry, AuditInput, ChainHead, StoredEntry } from './chain.js';
export { verifyAudit } from './verify-audit.js';
export type { AuditReport, AuditProblem } from './verify-audit.js';
export { sealAudit, startSealer } from './seal-audit.js';
export { auditRoutes } from './routes.js';
export { proveApplication, checkProofFile, verifyWithHeadsFile, exportHeads, problemText } from './witness.js';
