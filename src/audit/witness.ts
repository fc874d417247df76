import type { Config } from '../core/index.js';
import type { Db } from '../db/index.js';
import { ChainProof, HeadsFile, KeysFile, checkChainProof, exportHeads, proveChain, type ProofProblem } from './proofs.js';
import * as store from './store.js';
import { verifyAudit, type AuditProblem, type AuditReport } from './verify-audit.js';

export { exportHeads };

/** Reads a kept heads file (or throws a message a person can act on). */
export function parseHeadsFile(text: string): ReturnType<typeof HeadsFile.parse> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('树根文件不是有效的 JSON');
  }
  const parsed = HeadsFile.safeParse(json);
  if (!parsed.success) throw new Error('树根文件格式不对：应为导出的树根文件（/api/v1/public/audit/heads/export）或树根列表');
  return parsed.data;
}

/** Verifies the database, and against the heads someone kept earlier when a file is given. */
export async function verifyWithHeadsFile(db: Db, config: Pick<Config, 'masterKey' | 'dataDir'>, headsText?: string): Promise<AuditReport> {
  return verifyAudit(db, config, headsText === undefined ? {} : { kept: parseHeadsFile(headsText) });
}

/** The inclusion proof of an application's history, by its number. */
export async function proveApplication(db: Db, number: string): Promise<ChainProof | null | 'unknown'> {
  const chain = await store.chainByLabel(db, 'application', number);
  if (!chain) return 'unknown';
  return proveChain(db, chain, number);
}

/** Checks a proof file offline against a kept heads file (and a keys file when the heads file has none). */
export function checkProofFile(proofText: string, headsText: string, keysText?: string): { ok: boolean; problems: ProofProblem[]; proof: ChainProof } {
  let json: unknown;
  try {
    json = JSON.parse(proofText);
  } catch {
    throw new Error('证明文件不是有效的 JSON');
  }
  const proof = ChainProof.safeParse(json);
  if (!proof.success) throw new Error('证明文件格式不对：应为 banshi audit prove 的输出');
  const heads = parseHeadsFile(headsText);
  const keys = keysText ? KeysFile.parse(JSON.parse(keysText)).keys : heads.keys;
  if (keys.length === 0) throw new Error('没有可信的审计公钥：树根文件中没有公钥，请用 --keys 指定 /.well-known/banshi-audit-keys.json');
  return { ...checkChainProof(proof.data, { keys, heads: heads.heads }), proof: proof.data };
}

/** One line for a person: what was found, where. */
export function problemText(p: AuditProblem | ProofProblem): string {
  const at = (chain: string, label?: string | null) => (label ? `${chain}（${label}）` : chain);
  switch (p.kind) {
    case 'hash':
      return `记录被改：${p.chain} 第 ${p.seq} 条的哈希与内容不符`;
    case 'link':
      return `记录被改：${p.chain} 第 ${p.seq} 条与前一条不相连`;
    case 'gap':
      return `记录缺失：${p.chain} 应为第 ${p.expectedSeq} 条，实为第 ${p.foundSeq} 条`;
    case 'missing-chain':
      return `整链缺失：${at(p.chain, p.label)} 应有 ${p.expectedSeq} 条记录，一条也没有`;
    case 'missing-tail':
      return `链尾缺失：${at(p.chain, p.label)} 应有 ${p.expectedSeq} 条记录，只剩 ${p.foundSeq} 条`;
    case 'rewritten-tail':
      return `链尾被改写：${at(p.chain, p.label)} 第 ${p.expectedSeq} 条不是其记录的那一条`;
    case 'head-missing':
      return `树根缺失：第 ${p.sealId} 个签名树根不存在${p.entries ? `（仍有 ${p.entries} 条记录指向它）` : ''}`;
    case 'head-root':
      return `树根不符：第 ${p.sealId} 个签名树根（${p.treeSize} 条）与现存记录算出的树根不同，记录被改、删或重写`;
    case 'head-state':
      return `树根被改：第 ${p.sealId} 个签名树根所存的树状态与现存记录算出的不同`;
    case 'head-size':
      return `树根不符：第 ${p.sealId} 个签名树根的条数（${p.treeSize}）与现存记录不符`;
    case 'head-link':
      return `树根被改：第 ${p.sealId} 个签名树根未接续前一个`;
    case 'head-signature':
      return 'sealId' in p ? `树根被改：第 ${p.sealId} 个签名树根的 SM2 签名无效` : '树根被改：证明所附树根的 SM2 签名无效';
    case 'kept-head-missing':
      return `日志被截断：留存的树根有 ${p.treeSize} 条，数据库只有 ${p.logSize} 条`;
    case 'fork':
      return 'keptRoot' in p ? `分叉：留存的 ${p.treeSize} 条树根与数据库在同一规模下的树根不同，历史被重写` : `分叉：证明所附树根与留存的 ${p.treeSize} 条树根不同`;
    case 'kept-head-unsigned':
      return `留存文件中 ${p.treeSize} 条的树根签名无效，未采用`;
    case 'no-entries':
      return '证明中没有已封存的记录';
    case 'entry-edited':
      return `记录被改：第 ${p.seq} 条的哈希与内容不符`;
    case 'chain-broken':
      return `记录缺失或被改：第 ${p.seq} 条未接续前一条`;
    case 'not-included':
      return `记录不在签名树中：第 ${p.seq} 条的包含证明不成立`;
  }
}
