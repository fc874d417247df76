import type { Queryable } from '../db/index.js';
import { presentDeadline, type Deadline } from './present.js';
import * as store from './store.js';

/** A subject's running deadline, else its last closed one; with `now`, its colour today. */
export async function deadlineOf(q: Queryable, subjectKind: string, subjectId: string, opts: { now?: Date } = {}): Promise<Deadline | undefined> {
  const row = await store.latestOf(q, subjectKind, subjectId);
  return row ? presentDeadline(row, opts.now) : undefined;
}

/** The same for many subjects at once (lists): a map from subject id. */
export async function deadlinesOf(q: Queryable, subjectKind: string, subjectIds: string[], opts: { now?: Date } = {}): Promise<Map<string, Deadline>> {
  if (subjectIds.length === 0) return new Map();
  const rows = await store.latestOfMany(q, subjectKind, subjectIds);
  return new Map(rows.map((r) => [r.subject_id, presentDeadline(r, opts.now)]));
}
