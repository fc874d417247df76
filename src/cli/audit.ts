import fs from 'node:fs';
import type { Command } from 'commander';
import { loadConfig, systemClock, type Config } from '../core/index.js';
import { openDatabase, type Db } from '../db/index.js';
import { checkProofFile, exportHeads, problemText, proveApplication, sealAudit, verifyWithHeadsFile } from '../audit/index.js';

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

export function registerAuditCommands(program: Command): void {
  const withDb = async (fn: (db: Db, config: Config) => Promise<number>) => {
    const config = loadConfig();
    const db = await openDatabase(config);
    try {
      process.exitCode = await fn(db, config);
    } finally {
      await db.close();
    }
  };
  const audit = program.command('audit').description('审计日志');
  audit
    .command('verify')
    .description('校验全部哈希链、各办件记录的链头和签名树根；--heads 再对照他人留存的树根（退出码 0 通过，2 发现异常）')
    .option('--heads <file>', '留存的树根文件（/api/v1/public/audit/heads/export 或 banshi audit heads 的输出）')
    .action((o: { heads?: string }) => withDb((db, config) => auditVerifyCommand(db, config, o)));
  audit
    .command('seal')
    .description('封存新增审计记录（SM2 签名的 Merkle 树根）')
    .action(() =>
      withDb(async (db, config) => {
        const seal = await sealAudit(db, systemClock, config);
        console.log(seal ? `已封存 ${seal.entry_count} 条，日志共 ${seal.tree_size} 条，树根 ${seal.root}` : '没有新的记录');
        return 0;
      }),
    );
  audit
    .command('heads')
    .description('导出全部签名树根及公钥，供留存')
    .option('--out <file>', '写入文件（默认输出到屏幕）')
    .action((o: { out?: string }) =>
      withDb(async (db) => {
        const text = JSON.stringify(await exportHeads(db), null, 2);
        if (o.out) fs.writeFileSync(o.out, text);
        else console.log(text);
        return 0;
      }),
    );
  audit
    .command('prove <applicationNumber>')
    .description('输出一件办件全部记录的包含证明（可离线用 check-proof 核对）')
    .option('--out <file>', '写入文件（默认输出到屏幕）')
    .action((number: string, o: { out?: string }) => withDb((db) => auditProveCommand(db, number, o)));
  audit
    .command('check-proof <proofFile>')
    .description('离线核对包含证明：对照留存的签名树根，不连接数据库（退出码 0 有效，1 无效）')
    .requiredOption('--heads <file>', '留存的树根文件（含公钥）')
    .option('--keys <file>', '公钥文件（/.well-known/banshi-audit-keys.json），树根文件不含公钥时使用')
    .action((proofFile: string, o: { heads: string; keys?: string }) => {
      process.exitCode = auditCheckProofCommand(proofFile, o);
    });
}
