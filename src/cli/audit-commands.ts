/** What `banshi audit …` does, callable in-process (tests); src/cli/audit.ts loads it when an audit command runs. */
import fs from 'node:fs';
import type { Config } from '../core/index.js';
import type { Db } from '../db/index.js';
import { checkProofFile, problemText, proveApplication, verifyWithHeadsFile } from '../audit/index.js';

type Out = { log: (s: string) => void; error: (s: string) => void };
type AuditConfig = Pick<Config, 'masterKey' | 'dataDir'>;

/** `banshi audit verify [--heads FILE]`: exit 0 when everything checks, 2 when something was found, 3 on an unusable file. */
export async function auditVerifyCommand(db: Db, config: AuditConfig, o: { heads?: string }, out: Out = console): Promise<number> {
  let headsText: string | undefined;
  if (o.heads !== undefined) {
    if (!fs.existsSync(o.heads)) return (out.error(`文件不存在：${o.heads}`), 3);
    headsText = fs.readFileSync(o.heads, 'utf8');
  }
  let report;
  try {
    report = await verifyWithHeadsFile(db, config, headsText);
  } catch (e) {
    out.error((e as Error).message);
    return 3;
  }
  out.log(`链 ${report.chains} 条，记录 ${report.entries} 条，签名树根 ${report.seals} 个（覆盖 ${report.treeSize} 条）${report.keptHeads ? `，对照留存树根 ${report.keptHeads} 个` : ''}`);
  for (const p of report.problems) out.error(`${problemText(p)}  ${JSON.stringify(p)}`);
  out.log(report.ok ? '校验通过' : `发现 ${report.problems.length} 处异常`);
  return report.ok ? 0 : 2;
}

/** `banshi audit prove APPLICATION_NUMBER`: the inclusion proof as JSON (stdout or --out). */
export async function auditProveCommand(db: Db, number: string, o: { out?: string }, out: Out = console): Promise<number> {
  const proof = await proveApplication(db, number);
  if (proof === 'unknown') return (out.error(`没有编号为 ${number} 的办件`), 1);
  if (!proof) return (out.error(`办件 ${number} 的记录尚未封存进签名树根，请稍后再试（或先执行 banshi audit seal）`), 1);
  const text = JSON.stringify(proof, null, 2);
  if (o.out) {
    fs.writeFileSync(o.out, text);
    out.log(`已写入 ${o.out}：${proof.entries.length} 条记录，对照 ${proof.head.treeSize} 条的签名树根${proof.unsealed ? `（另有 ${proof.unsealed} 条尚未封存）` : ''}`);
  } else out.log(text);
  return 0;
}

/** `banshi audit check-proof PROOF --heads FILE [--keys FILE]`, offline: exit 0 valid, 1 not valid, 3 unusable files. */
export function auditCheckProofCommand(proofFile: string, o: { heads: string; keys?: string }, out: Out = console): number {
  for (const f of [proofFile, o.heads, o.keys].filter((x): x is string => !!x)) if (!fs.existsSync(f)) return (out.error(`文件不存在：${f}`), 3);
  let result;
  try {
    result = checkProofFile(fs.readFileSync(proofFile, 'utf8'), fs.readFileSync(o.heads, 'utf8'), o.keys ? fs.readFileSync(o.keys, 'utf8') : undefined);
  } catch (e) {
    out.error((e as Error).message);
    return 3;
  }
  const { proof } = result;
  out.log(`${proof.label ?? proof.chain}：${proof.entries.length} 条记录，签名树根 ${proof.head.treeSize} 条`);
  for (const p of result.problems) out.error(problemText(p));
  out.log(result.ok ? '证明有效：这些记录原样在已签名发布的审计日志中' : '证明无效');
  return result.ok ? 0 : 1;
}
