/**
 * Sample size per stratum (pure, integer arithmetic only, so that every engine and language agrees).
 * Each stratum's exact share is num_h / den:
 *   rate r (basis points):  num_h = r × N_h,  den = 10,000, total n = ⌊(r × N + 5,000) / 10,000⌋ (half up)
 *   size s:                 num_h = s' × N_h, den = N, total n = s' = min(s, N)
 * Every stratum first gets ⌊num_h / den⌋; the n − Σ⌊…⌋ units left go one each to the strata with the
 * largest remainders (num_h mod den), ties to the smaller stratum key (largest-remainder / Hamilton method).
 * So a stratum's quota never differs from its exact share by one or more.
 */
export interface StratumQuota {
  key: string;
  population: number;
  quota: number;
}

export type Sampling = { kind: 'size'; size: number } | { kind: 'rate'; basisPoints: number };

/** `strata` in ascending key order with their populations. */
export function allocateQuotas(strata: Array<{ key: string; population: number }>, sampling: Sampling): StratumQuota[] {
  const N = strata.reduce((s, x) => s + x.population, 0);
  if (N === 0) return strata.map((s) => ({ ...s, quota: 0 }));
  let den: number;
  let mult: number;
  let n: number;
  if (sampling.kind === 'rate') {
    den = 10_000;
    mult = sampling.basisPoints;
    n = Math.floor((sampling.basisPoints * N + 5_000) / 10_000);
  } else {
    n = Math.min(sampling.size, N);
    den = N;
    mult = n;
  }
  const parts = strata.map((s, i) => {
    const num = mult * s.population;
    let q = Math.floor(num / den);
    let r = num - q * den;
    // guard against floating division landing one off for large operands
    if (r < 0) { q -= 1; r += den; }
    if (r >= den) { q += 1; r -= den; }
    return { i, q, r };
  });
  let left = n - parts.reduce((s, p) => s + p.q, 0);
  const order = [...parts].sort((a, b) => b.r - a.r || (strata[a.i]!.key < strata[b.i]!.key ? -1 : 1));
  for (const p of order) {
    if (left <= 0) break;
    if (p.r === 0) continue;
    p.q += 1;
    left -= 1;
  }
  return strata.map((s, i) => ({ ...s, quota: Math.min(parts[i]!.q, s.population) }));
}
