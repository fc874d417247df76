/**
 * Chinese search without extensions: a text becomes its two-character terms (bigrams) of every run of Han
 * characters, plus latin words and numbers. The same function indexes and queries, so both engines agree.
 */
const STOP = new Set(['请问', '你好', '您好', '我们', '我想', '可以', '什么', '怎么', '如何', '是否', '需要', '一下', '没有', '已经', '现在', '这个', '那个', '的话', '问题', '情况', '谢谢', '一个', '还是', '就是']);

export function searchTerms(text: string): string[] {
  const s = text.normalize('NFKC').toLowerCase();
  const out = new Set<string>();
  for (const m of s.matchAll(/\p{Script=Han}+|[a-z0-9]+/gu)) {
    const run = m[0];
    if (/^[a-z0-9]+$/.test(run)) {
      if (run.length >= 2) out.add(run.slice(0, 40));
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) {
      out.add(chars[0]!);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      const t = chars[i]! + chars[i + 1]!;
      if (!STOP.has(t)) out.add(t);
    }
  }
  return [...out];
}

/** Terms of several fields, each with the weight of the heaviest field it appears in (title over body). */
export function weightedTerms(fields: Array<[text: string, weight: number]>): Map<string, number> {
  const w = new Map<string, number>();
  for (const [text, weight] of fields) for (const t of searchTerms(text)) w.set(t, Math.max(w.get(t) ?? 0, weight));
  return w;
}

/** A match must share enough of the query's terms to be worth showing: at least 2 (or all, for short queries) and a fifth. */
export function minimumMatches(queryTermCount: number): number {
  if (queryTermCount <= 2) return Math.max(1, queryTermCount);
  return Math.max(2, Math.ceil(queryTermCount / 5));
}
