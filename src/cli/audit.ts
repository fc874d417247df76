import fs from 'node:fs';
import type { Command } from 'commander';
import { loadConfig, systemClock, type Config } from '../core/index.js';
import type { Db } from '../db/index.js';

const commands = () => import('./audit-commands.js');
const auditModule = () => import('../audit/index.js');

export function registerAuditCommands(program: Command): void {
  const withDb = async (fn: (db: Db, config: Config) => Promise<number>) => {
    const config = loadConfig();
    const { openDatabase } = await import('../db/index.js');
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
    .action((o: { heads?: string }) => withDb(async (db, config) => (await commands()).auditVerifyCommand(db, config, o)));
  audit
    .command('seal')
    .description('封存新增审计记录（SM2 签名的 Merkle 树根）')
    .action(() =>
      withDb(async (db, config) => {
        const seal = await (await auditModule()).sealAudit(db, systemClock, config);
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
        const text = JSON.stringify(await (await auditModule()).exportHeads(db), null, 2);
        if (o.out) fs.writeFileSync(o.out, text);
        else console.log(text);
        return 0;
      }),
    );
  audit
    .command('prove <applicationNumber>')
    .description('输出一件办件全部记录的包含证明（可离线用 check-proof 核对）')
    .option('--out <file>', '写入文件（默认输出到屏幕）')
    .action((number: string, o: { out?: string }) => withDb(async (db) => (await commands()).auditProveCommand(db, number, o)));
  audit
    .command('check-proof <proofFile>')
    .description('离线核对包含证明：对照留存的签名树根，不连接数据库（退出码 0 有效，1 无效）')
    .requiredOption('--heads <file>', '留存的树根文件（含公钥）')
    .option('--keys <file>', '公钥文件（/.well-known/banshi-audit-keys.json），树根文件不含公钥时使用')
    .action(async (proofFile: string, o: { heads: string; keys?: string }) => {
      process.exitCode = (await commands()).auditCheckProofCommand(proofFile, o);
    });
}
