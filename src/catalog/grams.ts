/**
 * Character grams for search without extensions: every single character and every adjacent pair of a text.
 * A query term matches a text only if the text holds all the term's grams (GIN @>), which two-character
 * terms (食品, 户口) satisfy exactly; the exact substring check happens when ranking.
 */
export function normaliseText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}

/** Grams of an indexed text: single characters and bigrams within each word. */
export function textGrams(text: string, into = new Set<string>()): Set<string> {
  for (const word of normaliseText(text).split(' ')) {
    const chars = [...word];
    for (let i = 0; i < chars.length; i++) {
      into.add(chars[i]!);
      if (i + 1 < chars.length) into.add(chars[i]! + chars[i + 1]!);
    }
  }
  return into;
}

/** Grams a query term must all be present for: its bigrams, or the character itself for a one-character term. */
export function termGrams(term: string): string[] {
  const chars = [...term];
  if (chars.length === 1) return chars;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** The terms of a query: words split on spaces and punctuation, at most 5. */
export function queryTerms(query: string): string[] {
  return [...new Set(normaliseText(query).split(' ').filter(Boolean))].slice(0, 5);
}
