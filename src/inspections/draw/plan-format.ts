import { createHash } from 'node:crypto';
import { z } from 'zod';

/** The published, self-contained input of a draw: everything needed to re-run it, except the seed. */
export interface DrawPlan {
  format: 'banshi-draw-plan/1';
  planId: string;
  title: string;
  publishedAt: string;
  /** What selected the population (for readers; the population itself is `subjects`). */
  filter: Record<string, unknown>;
  sampling: { kind: 'size'; size: number } | { kind: 'rate'; basisPoints: number };
  stratifyBy: 'none' | 'region' | 'risk';
  inspectorsPerVisit: number;
  departments: Array<{ code: string; name: string; qualification: string | null; checklist: string[] }>;
  /** [subject id (USCC), stratum key], in ascending order of id. */
  subjects: Array<[string, string]>;
  /** [inspector id (badge number), department code], in ascending order of id. */
  inspectors: Array<[string, string]>;
  /** SM3(inspectorId ":" subjectId) of every pair that must never be drawn together, ascending. */
  exclusions: string[];
  /** SM3 of the seed (UTF-8), published before the draw. */
  seedCommitment: string;
}

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'SM3 hex');
const Key = z.string().min(1).max(64);

const Header = z.object({
  format: z.literal('banshi-draw-plan/1'),
  planId: z.string().min(1).max(64),
  title: z.string().max(200),
  publishedAt: z.string(),
  filter: z.record(z.string(), z.unknown()),
  sampling: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('size'), size: z.number().int().min(1).max(10_000_000) }),
    z.object({ kind: z.literal('rate'), basisPoints: z.number().int().min(1).max(10_000) }),
  ]),
  stratifyBy: z.enum(['none', 'region', 'risk']),
  inspectorsPerVisit: z.number().int().min(1).max(5),
  departments: z
    .array(z.object({ code: Key, name: z.string().max(100), qualification: z.string().max(64).nullable(), checklist: z.array(z.string().max(500)).max(100) }))
    .min(1)
    .max(20),
  subjects: z.array(z.unknown()),
  inspectors: z.array(z.unknown()),
  exclusions: z.array(z.unknown()),
  seedCommitment: Hex64,
});

export class DrawPlanError extends Error {}

/** Pairs are checked by a loop (zod over 300,000 tuples costs more than the draw itself). */
function pairs(list: unknown[], what: string): Array<[string, string]> {
  let prev = '';
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'string' || typeof p[1] !== 'string' || !p[0] || !p[1] || p[0].length > 64 || p[1].length > 64) {
      throw new DrawPlanError(`${what}[${i}] must be [id, key]`);
    }
    if (i > 0 && !(prev < p[0])) throw new DrawPlanError(`${what} must be in strictly ascending order of id (at ${i})`);
    prev = p[0];
  }
  return list as Array<[string, string]>;
}

/** Validates a plan read from a file or a request body. Throws DrawPlanError with a reason. */
export function parseDrawPlan(input: unknown): DrawPlan {
  const h = Header.safeParse(input);
  if (!h.success) {
    const issue = h.error.issues[0]!;
    throw new DrawPlanError(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const plan = h.data;
  const codes = new Set(plan.departments.map((d) => d.code));
  if (codes.size !== plan.departments.length) throw new DrawPlanError('departments must not repeat');
  const subjects = pairs(plan.subjects, 'subjects');
  const inspectors = pairs(plan.inspectors, 'inspectors');
  for (const x of plan.exclusions) if (typeof x !== 'string' || !/^[0-9a-f]{64}$/.test(x)) throw new DrawPlanError('exclusions must be SM3 hex digests');
  return { ...plan, subjects, inspectors, exclusions: plan.exclusions as string[] };
}

/**
 * SM3 over the plan's canonical JSON (keys sorted at every level, no spaces): the digest recorded when
 * the plan is published. Built with keys in sorted order so that JSON.stringify is canonical.
 */
export function planDigest(plan: DrawPlan): string {
  return createHash('sm3').update(canonical(plan)).digest('hex');
}

export function canonical(plan: DrawPlan): string {
  const sortKeys = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(sortKeys);
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => [k, sortKeys(o[k])]));
  };
  // the big arrays hold only strings: copy them as they are
  const { subjects, inspectors, exclusions, ...rest } = plan;
  const head = sortKeys(rest) as Record<string, unknown>;
  const all: Record<string, unknown> = { ...head, exclusions, inspectors, subjects };
  return JSON.stringify(Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]])));
}

/** The commitment to a seed: SM3 of its UTF-8 bytes, hex. */
export const seedCommitmentOf = (seed: string): string => createHash('sm3').update(seed, 'utf8').digest('hex');

/** SM3(inspectorId ":" subjectId): how a published plan names a pair that must not meet, without naming why. */
export const exclusionOf = (inspectorId: string, subjectId: string): string => createHash('sm3').update(`${inspectorId}:${subjectId}`, 'utf8').digest('hex');
