import { AppError, newId, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { departmentById, type Actor } from '../identity/index.js';
import { can } from './policy.js';
import { minimumMatches, searchTerms, weightedTerms } from './search-terms.js';
import * as store from './store.js';

export interface KnowledgeInput {
  title: string;
  question: string;
  answer: string;
  categoryCode?: string | null;
  departmentId?: string | null;
  status?: 'published' | 'retired';
}

const termsOf = (k: Pick<store.KnowledgeRow, 'title' | 'question' | 'answer'>) => weightedTerms([[k.title, 3], [k.question, 2], [k.answer, 1]]);

/** Adds an answer to the knowledge base (or updates one), indexing its two-character terms. */
export async function saveKnowledge(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor | null, input: KnowledgeInput, id?: string): Promise<store.KnowledgeRow> {
  if (actor && !can(actor, 'manageKnowledge')) throw new AppError('FORBIDDEN');
  return deps.db.transaction((tx) => saveKnowledgeIn(tx, deps.clock.now(), actor?.userId ?? null, input, id));
}

export async function saveKnowledgeIn(tx: Queryable, now: Date, actorId: string | null, input: KnowledgeInput, id?: string): Promise<store.KnowledgeRow> {
  if (input.categoryCode && !(await store.categoryByCode(tx, input.categoryCode))) throw new AppError('TICKET_CATEGORY_UNKNOWN', { code: input.categoryCode });
  if (input.departmentId && !(await departmentById(tx, input.departmentId))) throw new AppError('TICKET_DEPARTMENT_UNKNOWN');
  const fields = {
    title: input.title.trim(),
    question: input.question.trim(),
    answer: input.answer.trim(),
    category_code: input.categoryCode || null,
    department_id: input.departmentId ?? null,
    status: input.status ?? 'published',
  };
  let row: store.KnowledgeRow;
  if (id) {
    const before = await store.knowledgeById(tx, id);
    if (!before) throw new AppError('KNOWLEDGE_NOT_FOUND');
    row = await store.updateKnowledge(tx, { ...before, ...fields, updated_at: now });
  } else {
    row = await store.insertKnowledge(tx, { id: newId(), ...fields, created_by: actorId, created_at: now, updated_at: now });
  }
  await store.indexKnowledge(tx, row.id, termsOf(row));
  return row;
}

/**
 * Searches the knowledge base in Chinese by shared two-character terms. A whole ticket is a long query: for
 * suggestions, three shared terms are enough to be worth showing.
 */
export async function searchKnowledge(q: Queryable, text: string, limit = 10, opts: { suggest?: boolean } = {}) {
  const terms = searchTerms(text);
  const min = opts.suggest ? Math.min(minimumMatches(terms.length), 3) : minimumMatches(terms.length);
  const rows = await store.searchKnowledge(q, terms, min, limit);
  return rows.map((r) => ({ ...presentKnowledge(r), matched: r.matched, relevance: terms.length ? Math.round((r.matched / terms.length) * 100) / 100 : 0 }));
}

export function presentKnowledge(k: store.KnowledgeRow) {
  return { id: k.id, title: k.title, question: k.question, answer: k.answer, categoryCode: k.category_code, departmentId: k.department_id, status: k.status, updatedAt: k.updated_at.toISOString() };
}
