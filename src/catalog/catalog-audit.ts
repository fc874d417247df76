/**
 * The catalog's changes in the audit log (DESIGN invariant 5): publishing, retiring and importing append to a chain
 * per item or bundle (and one for imports) in the same transaction as the change, with actor, before/after and reason.
 */
import { appendAudit, canonicalJson, chainEntries, sm3 } from '../audit/index.js';
import type { Queryable } from '../db/index.js';
import { userById } from '../identity/index.js';

export const itemChain = (code: string) => `catalog-item:${code}`;
export const bundleChain = (code: string) => `catalog-bundle:${code}`;
export const IMPORT_CHAIN = 'catalog-imports';

interface VersionRef {
  versionId: string;
  version: number;
  /** a scheduled version: the date it takes effect */
  effectiveOn?: string;
}

export interface CatalogChange {
  chain: string;
  action: 'catalog.published' | 'catalog.retired' | 'catalog.scheduled';
  actorId: string | null;
  at: Date;
  /** the version that was live before the change, and the one live after (null: none) */
  before: VersionRef | null;
  after: VersionRef | null;
  reason: string | null;
}

export async function auditCatalogChange(tx: Queryable, c: CatalogChange): Promise<void> {
  await appendAudit(tx, {
    chain: c.chain,
    actorId: c.actorId,
    action: c.action,
    at: c.at,
    data: { before: c.before && { ...c.before, status: 'published' }, after: c.after && { ...c.after, status: c.action === 'catalog.scheduled' ? 'scheduled' : 'published' }, reason: c.reason },
  });
}

export async function auditCatalogImport(tx: Queryable, input: { actorId: string | null; at: Date; document: unknown; summary: Record<string, unknown>; reason: string | null }): Promise<void> {
  await appendAudit(tx, {
    chain: IMPORT_CHAIN,
    actorId: input.actorId,
    action: 'catalog.imported',
    at: input.at,
    data: { documentSm3: sm3(canonicalJson(input.document)), summary: input.summary, reason: input.reason },
  });
}

const actionNames: Record<string, string> = { 'catalog.published': '发布', 'catalog.retired': '废止', 'catalog.imported': '导入', 'catalog.scheduled': '定时发布' };

/** A chain read back for supervisors: what changed, who did it and why, as verified. */
export async function catalogHistory(q: Queryable, chain: string) {
  const entries = await chainEntries(q, chain);
  const names = new Map<string, string>();
  for (const id of new Set(entries.map((e) => e.actorId).filter((x): x is string => !!x))) names.set(id, (await userById(q, id))?.name ?? '');
  return entries.map((e) => ({
    seq: e.seq,
    at: e.at.toISOString(),
    action: e.action,
    actionName: actionNames[e.action] ?? e.action,
    actor: e.actorId ? { id: e.actorId, name: names.get(e.actorId) ?? '' } : { id: null, name: '系统' },
    before: (e.data.before as VersionRef | null | undefined) ?? null,
    after: (e.data.after as VersionRef | null | undefined) ?? null,
    reason: (e.data.reason as string | null | undefined) ?? null,
    hash: e.hash,
  }));
}
