import type { Queryable } from '../db/index.js';
import * as store from './store.js';

/**
 * How often items and bundles are applied for, as the module that holds applications counts them: filed (not draft)
 * applications per bundle, cases per item. The catalog ranks search hits and lists 高频事项 by it without reading
 * another module's tables.
 */
export interface UsageSource {
  usageOf(q: Queryable, itemCodes: string[], bundleCodes: string[]): Promise<Map<string, number>>;
  /** The most used first, at most `limit`. */
  mostUsed(q: Queryable, limit: number): Promise<Array<{ subject: 'item' | 'bundle'; code: string; uses: number }>>;
}

let source: UsageSource | null = null;

/** Registered at module load by the applications module. */
export function provideUsage(s: UsageSource): void {
  source = s;
}

/** Uses of each `subject:code` given; none counted when no module provides them. */
export async function usageOf(q: Queryable, itemCodes: string[], bundleCodes: string[]): Promise<Map<string, number>> {
  return source && (itemCodes.length || bundleCodes.length) ? source.usageOf(q, itemCodes, bundleCodes) : new Map();
}

export interface PopularEntry {
  subject: 'item' | 'bundle';
  code: string;
  name: string;
  uses: number;
}

/** 高频事项: the published items and bundles applied for most, with their current names. */
export async function mostUsed(q: Queryable, limit: number): Promise<PopularEntry[]> {
  if (!source) return [];
  // retired ones drop out below, so ask for more than is shown
  const counted = await source.mostUsed(q, limit * 3);
  const names = await store.publishedNames(q, counted);
  return counted.flatMap((c) => {
    const name = names.get(`${c.subject}:${c.code}`);
    return name ? [{ ...c, name }] : [];
  }).slice(0, limit);
}
