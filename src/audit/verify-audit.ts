import type { Config } from '../core/index.js';
import type { Db } from '../db/index.js';
import { ChainChecker, GENESIS_HASH, checkSubjectHeads, type ChainHead, type ChainProblem, type HeadProblem } from './chain.js';
import { EMPTY_ROOT } from './merkle.js';
import { startVerifyPool, type EntryPageResult, type TreeResult, type VerifyPool } from './verify-worker.js';
import * as store from './store.js';
import { auditKeyPair, verifyTreeHead, type AuditKey, type SignedTreeHead } from './tree-head.js';

export type TreeHeadProblem =
  /** entries name a tree head that is not there (it was deleted), or a head is missing between two others */
  | { kind: 'head-missing'; sealId: number; entries?: number }
  /** the entries no longer give the signed root: entries of the head were edited, deleted or rewritten */
  | { kind: 'head-root'; sealId: number; treeSize: number }
  /** the tree state stored with a head (its frontier, from which the next head grows) is not the computed one */
  | { kind: 'head-state'; sealId: number; treeSize: number }
  /** the head's counts do not add up with the entries or with the previous head */
  | { kind: 'head-size'; sealId: number; treeSize: number }
  | { kind: 'head-link'; sealId: number }
  /** the head is not signed by a published audit key */
  | { kind: 'head-signature'; sealId: number }
  /** a kept head is bigger than the log now: its tail was cut off */
  | { kind: 'kept-head-missing'; treeSize: number; logSize: number }
  /** a kept head has another root at the same size: the history was rewritten */
  | { kind: 'fork'; treeSize: number; keptRoot: string; logRoot: string }
  /** a kept head whose signature does not verify: the file itself is not genuine */
  | { kind: 'kept-head-unsigned'; treeSize: number };

export type AuditProblem = ChainProblem | HeadProblem | TreeHeadProblem;

export interface AuditReport {
  ok: boolean;
  chains: number;
  entries: number;
  seals: number;
  /** entries covered by the newest tree head */
  treeSize: number;
  /** heads from outside checked against the log */
  keptHeads: number;
  problems: AuditProblem[];
}

export interface VerifyOptions {
  /** tree heads someone kept earlier (`--heads FILE`), with the keys they trust */
  kept?: { heads: SignedTreeHead[]; keys: AuditKey[] };
  /** entries per page read (default 20,000) */
  pageSize?: number;
  /** worker threads (default: one per core) */
  threads?: number;
}

/**
 * Checks every chain (links, hashes, no gaps), every subject's recorded head against its chain, every tree head
 * (the Merkle root and tree state recomputed from the entries, sizes, link to the previous head, SM2 signature) and
 * every kept head (the log must have the same root at that size).
 *
 * The fast path (bench/findings.md): entries are read a page at a time as raw binary COPY output (no object per
 * row) into memory that is reused page after page, and hashed on one worker thread per core straight from those
 * bytes, leaves included, while this thread reads the next page. Each tree head is recomputed from the previous
 * head's stored tree state as soon as all its leaves have been read, so heads are checked in parallel and while the
 * log is still being read.
 */
export async function verifyAudit(db: Db, config: Pick<Config, 'masterKey' | 'dataDir'>, options: VerifyOptions = {}): Promise<AuditReport> {
  const pageSize = options.pageSize ?? 20_000;
  // The subjects' heads first: whatever is appended while the chains are read only makes chains longer.
  const subjects = await store.subjectHeads(db);
  const [allSeals, dbKeys] = await Promise.all([store.seals(db), store.auditKeys(db)]);
  const pool = startVerifyPool(new Map(subjects.map((s) => [s.chain, s.seq])), options.threads);
  try {
    const heads = new TreeHeadChecks(pool, allSeals, [...dbKeys, auditKeyPair(config)], options.kept);
    const checker = await verifyChains(db, pool, pageSize, heads, new Set(subjects.map((s) => s.chain)));
    const problems: AuditProblem[] = [...checker.problems, ...checkSubjectHeads(subjects, checker), ...(await heads.finish())];
    return {
      ok: problems.length === 0,
      chains: checker.chains,
      entries: checker.entries,
      seals: allSeals.length,
      treeSize: allSeals.length ? allSeals[allSeals.length - 1]!.tree_size : 0,
      keptHeads: options.kept?.heads.length ?? 0,
      problems,
    };
  } finally {
    await pool.close();
  }
}

/** What the chain checks found, in the shape checkSubjectHeads reads. */
interface ChainsChecked {
  chains: number;
  entries: number;
  problems: ChainProblem[];
  heads: Map<string, ChainHead>;
  hashAt: Map<string, string>;
  /** chains whose runs did not join (a gap or a broken link between runs) */
  suspects: string[];
}

/**
 * One read of the log in id order (about the order the rows lie in the table), a page at a time: each page's runs of
 * a chain are checked by a worker and joined into chains at the end (joinRuns), and each page also hands back its sealed entries' leaves grouped by tree head, which `heads` puts in order and checks (no second
 * read of the log in leaf order, bench/findings.md).
 */
async function verifyChains(db: Db, pool: VerifyPool, pageSize: number, heads: TreeHeadChecks, watched: ReadonlySet<string>): Promise<ChainsChecked> {
  const results: Array<Promise<EntryPageResult>> = [];
  // Memory for pages: a page read goes to a worker and comes back with its answer, to be read into again.
  const free: Buffer[] = [];
  const memory = () => free.pop() ?? Buffer.allocUnsafeSlow(Math.max(1 << 20, Math.min(pageSize * 512, 16 << 20)));
  // Pages' leaves are taken in page order, whatever order the workers finish them in.
  let taken: Promise<void> = Promise.resolve();
  // Read the next page while the workers hash this one: the database and the hashing run on different cores.
  let next: Promise<Buffer> | null = store.entryPageCopy(db, 0, pageSize, memory());
  while (next) {
    const page: Buffer = await next;
    const { rows, lastId } = store.lastEntryOfPage(page);
    next = rows === pageSize ? store.entryPageCopy(db, lastId, pageSize, memory()) : null;
    if (rows === 0) break;
    await pool.room(pool.threads * 2);
    const r = pool.entries(page);
    r.then((x) => free.push(Buffer.from(x.page)), () => undefined);
    taken = taken.then(() => r).then((x) => heads.add(x.leaves));
    taken.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
    results.push(r);
    // This thread's own share meanwhile: a few of the heads' signatures.
    heads.checkSignatures(4);
  }
  const pages = await Promise.all(results);
  await taken;
  const checked = joinRuns(pages, watched);
  // Each page is a statement of its own: an entry whose transaction had not committed when its page was read, while
  // a later entry of its chain (appended after that commit, with a higher id) was read in a later page, looks like a
  // gap. So the chains whose runs do not join are read again whole, in one statement and in seq order, and their gaps
  // and links are the ones that read finds (entries appended meanwhile only make a chain longer).
  for (const chain of checked.suspects) {
    const again = new ChainChecker();
    for (const e of await store.chainStored(db, chain)) again.add(e);
    checked.problems = checked.problems.filter((p) => p.chain !== chain || p.kind === 'hash');
    checked.problems.push(...again.problems.filter((p) => p.kind !== 'hash'));
    if (watched.has(chain)) {
      const head = again.heads.get(chain);
      if (head) checked.heads.set(chain, head);
      else checked.heads.delete(chain);
    }
  }
  return checked;
}

/**
 * Joins the pages' runs (rows of one chain with consecutive seqs, read one after the other) into chains: each chain's
 * runs in seq order must start at seq 1 from the genesis hash and each run must continue the one before it (next seq,
 * prev_hash = the hash before). Together with the links the workers checked inside each run, that is every check of
 * ChainChecker, whatever order the entries were read in. The heads are kept for the `watched` chains. Pure.
 */
export function joinRuns(pages: readonly EntryPageResult[], watched: ReadonlySet<string>): ChainsChecked {
  const out: ChainsChecked = { chains: 0, entries: 0, problems: [], heads: new Map(), hashAt: new Map(), suspects: [] };
  // chain -> its runs as [page, run] pairs, in reading order (one run: the pair itself, to spare an array per chain)
  const byChain = new Map<string, number | number[]>();
  pages.forEach((r, pg) => {
    out.entries += r.entries;
    out.problems.push(...r.problems);
    for (const [chain, hash] of r.hashAt) out.hashAt.set(chain, hash);
    const chains = r.runs.chains;
    for (let i = 0; i < chains.length; i++) {
      const at = pg * 2 ** 26 + i; // pages of up to 64 M rows
      const seen = byChain.get(chains[i]!);
      if (seen === undefined) byChain.set(chains[i]!, at);
      else if (typeof seen === 'number') byChain.set(chains[i]!, [seen, at]);
      else seen.push(at);
    }
  });
  const run = (at: number) => {
    const r = pages[Math.floor(at / 2 ** 26)]!.runs;
    const i = at % 2 ** 26;
    return { first: r.first[i]!, prev: r.prev[i] ?? GENESIS_HASH, last: r.last[i]!, hash: r.hash[i]! };
  };
  out.chains = byChain.size;
  for (const [chain, at] of byChain) {
    const runs = typeof at === 'number' ? [run(at)] : at.map(run);
    // read in id order, a chain's runs are nearly always in seq order already; a stable sort otherwise
    if (runs.some((x, k) => k > 0 && x.first < runs[k - 1]!.first)) runs.sort((a, b) => a.first - b.first);
    let seq = 0;
    let hash = GENESIS_HASH;
    const before = out.problems.length;
    for (const x of runs) {
      if (x.first !== seq + 1) out.problems.push({ kind: 'gap', chain, expectedSeq: seq + 1, foundSeq: x.first });
      if (x.prev !== hash) out.problems.push({ kind: 'link', chain, seq: x.first });
      seq = x.last;
      hash = x.hash;
    }
    if (out.problems.length > before) out.suspects.push(chain);
    if (watched.has(chain)) out.heads.set(chain, { seq, hash });
  }
  return out;
}

/** One tree head's leaves as the pages bring them. */
interface HeadLeaves {
  seal: store.SealRow;
  prev: store.SealRow | undefined;
  parts: Array<{ ids: Float64Array; hashes: Uint8Array; start: number; count: number }>;
  count: number;
  /** leaves whose stored hash is not a hash */
  bad: number;
  task: Promise<TreeResult> | null;
  /** leaves came after the head's tree was started (more entries name it than it counts): started again at the end */
  late: boolean;
}

/**
 * The tree heads' checks: links, signatures and kept heads from the heads themselves; roots, tree states and sizes
 * from their leaves. A head's tree is handed to a worker once as many leaves as it counts have been read (in the
 * usual log most heads complete while later pages are still read); whatever is incomplete or has more leaves than it
 * counts is checked at the end with all the leaves read, so the verdicts are those of checking after the whole read.
 */
class TreeHeadChecks {
  private readonly problems: TreeHeadProblem[] = [];
  private readonly byId = new Map<number, HeadLeaves>();
  private readonly list: HeadLeaves[];
  /** leaves naming a head that is not there, by head id */
  private readonly orphans = new Map<number, number>();
  private readonly keptBySize = new Map<number, SignedTreeHead>();
  private readonly keptSizes: number[];
  /** heads whose signatures were checked so far, and which of them failed */
  private signed = 0;
  private readonly unsigned = new Set<number>();

  constructor(
    private readonly pool: VerifyPool,
    private readonly seals: store.SealRow[],
    private readonly keys: AuditKey[],
    kept: VerifyOptions['kept'],
  ) {
    // Kept heads: their signatures first (with the keys the keeper trusts), then the sizes whose roots to compare.
    for (const h of kept?.heads ?? []) {
      if (!verifyTreeHead(h, kept!.keys.length ? kept!.keys : keys)) this.problems.push({ kind: 'kept-head-unsigned', treeSize: h.treeSize });
      else this.keptBySize.set(h.treeSize, h);
    }
    this.keptSizes = [...this.keptBySize.keys()].sort((a, b) => a - b);
    this.list = seals.map((seal, i) => ({ seal, prev: seals[i - 1], parts: [], count: 0, bad: 0, task: null, late: false }));
    for (const h of this.list) this.byId.set(Number(h.seal.id), h);
  }

  /** A page's leaves, pages in order. */
  add(leaves: EntryPageResult['leaves']): void {
    for (const [sealId, start, count, bad] of leaves.groups) {
      const h = this.byId.get(sealId);
      if (!h) {
        this.orphans.set(sealId, (this.orphans.get(sealId) ?? 0) + count);
        continue;
      }
      h.parts.push({ ids: leaves.ids, hashes: leaves.hashes, start, count });
      h.count += count;
      h.bad += bad;
      if (h.task) h.late = true;
      else if (h.count === h.seal.entry_count) this.start(h);
    }
  }

  /** Checks up to `n` more heads' signatures (on this thread, between pages). */
  checkSignatures(n: number): void {
    for (; n > 0 && this.signed < this.seals.length; n--, this.signed++) {
      const s = this.seals[this.signed]!;
      if (!verifyTreeHead(headOf(s), this.keys)) this.unsigned.add(this.signed);
    }
  }

  private start(h: HeadLeaves): void {
    const ids = new Float64Array(h.count);
    const hashes = new Uint8Array(h.count * 32);
    let k = 0;
    for (const p of h.parts) {
      ids.set(p.ids.subarray(p.start, p.start + p.count), k);
      hashes.set(p.hashes.subarray(p.start * 32, (p.start + p.count) * 32), k * 32);
      k += p.count;
    }
    const startSize = Number(h.prev?.tree_size ?? 0);
    const at = this.keptSizes.filter((size) => size > startSize && size <= h.seal.tree_size);
    h.task = this.pool.tree({ ids, hashes, malformed: h.bad > 0, startSize, frontierHex: h.prev?.frontier ?? '', at });
    h.task.catch(() => undefined); // awaited in finish
    h.late = false;
  }

  /** After the whole log is read: the heads not started yet, and every verdict. */
  async finish(): Promise<TreeHeadProblem[]> {
    for (const h of this.list) if (!h.task || h.late) this.start(h);
    this.checkSignatures(Infinity);
    const problems = this.problems;
    this.seals.forEach((s, i) => {
      const prev = this.seals[i - 1];
      if (s.id !== (prev?.id ?? 0) + 1) problems.push({ kind: 'head-missing', sealId: (prev?.id ?? 0) + 1 });
      if (s.prev_root !== (prev?.root ?? EMPTY_ROOT)) problems.push({ kind: 'head-link', sealId: s.id });
      if (this.unsigned.has(i)) problems.push({ kind: 'head-signature', sealId: s.id });
    });
    // Entries that name a tree head which is not there: the head was deleted.
    for (const [sealId, entries] of [...this.orphans].sort((a, b) => a[0] - b[0])) problems.push({ kind: 'head-missing', sealId, entries });
    const results = await Promise.all(this.list.map((h) => h.task!));
    const logRoots = new Map<number, string>();
    results.forEach((r, i) => {
      const s = this.seals[i]!;
      const startSize = this.seals[i - 1]?.tree_size ?? 0;
      if (r.count !== s.entry_count || startSize + r.count !== s.tree_size) problems.push({ kind: 'head-size', sealId: s.id, treeSize: s.tree_size });
      if (r.malformed || r.root !== s.root) problems.push({ kind: 'head-root', sealId: s.id, treeSize: s.tree_size });
      else if (r.frontier !== s.frontier) problems.push({ kind: 'head-state', sealId: s.id, treeSize: s.tree_size });
      if (!r.malformed) for (const [k, root] of r.roots) logRoots.set(k, root);
    });
    const size = this.seals.length ? this.seals[this.seals.length - 1]!.tree_size : 0;
    for (const k of this.keptSizes) {
      const h = this.keptBySize.get(k)!;
      const logRoot = logRoots.get(k);
      if (logRoot === undefined) problems.push({ kind: 'kept-head-missing', treeSize: k, logSize: size });
      else if (logRoot !== h.rootHash) problems.push({ kind: 'fork', treeSize: k, keptRoot: h.rootHash, logRoot });
    }
    return problems;
  }
}

/** A stored tree head as it is signed and published. */
export const headOf = (s: store.SealRow): SignedTreeHead => ({
  treeSize: Number(s.tree_size),
  rootHash: s.root,
  timestamp: s.sealed_at.getTime(),
  signature: s.signature,
  keyId: s.key_id,
});
