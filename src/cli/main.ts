import { Command } from 'commander';
import { identifierReasonText, loadConfig, shanghaiDateOf, systemClock, validateIdNumber, validateUscc } from '../core/index.js';
import type { Db } from '../db/index.js';
import { registerCatalogCommands } from './catalog.js';
import fs from 'node:fs';
import { registerCalendarCommands } from './calendar.js';
import { registerInspectionCommands } from './inspections.js';
import { registerAuditCommands } from './audit.js';
import { registerAdminCommands } from './admin.js';

// Each command loads the modules it needs when it runs: checking a code or a proof does not load the whole platform
// (about 3 s), only the rules it checks with.
const program = new Command('banshi').description('办事 banshi: 一体化政务服务平台');

program
  .command('serve')
  .description('启动平台（迁移数据库，首次启动载入演示数据）')
  .option('-p, --port <port>', '端口', (v) => Number(v))
  .option('--host <host>', '监听地址')
  .option('--no-seed', '生产模式启动：不载入演示数据，登录页不列出演示账号')
  .action(async (o) => (await import('./serve.js')).serve(o));

async function withDb<T>(fn: (db: Db, config: ReturnType<typeof loadConfig>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { openDatabase } = await import('../db/index.js');
  const db = await openDatabase(config);
  try {
    return await fn(db, config);
  } finally {
    await db.close();
  }
}

program.command('migrate').description('执行数据库迁移').action(() =>
  withDb(async (db) => {
    const { migrate } = await import('../db/index.js');
    const applied = await migrate(db);
    console.log(applied.length ? applied.join('\n') : '数据库已是最新');
  }),
);

program
  .command('seed')
  .description('载入演示数据（仅空库）')
  .option('--activity', '并模拟近几周的办件、工单和依申请公开（以当前时间为准，仅一次）')
  .action((o: { activity?: boolean }) =>
    withDb(async (db, config) => {
      const [{ migrate }, { hasActivity, seedActivity, seedDemo }] = await Promise.all([import('../db/index.js'), import('../demo/index.js')]);
      await migrate(db);
      console.log((await seedDemo(db)) ? '已载入演示数据' : '数据库已有数据，未载入');
      if (!o.activity) return;
      if (await hasActivity(db)) return console.log('演示办件已存在，未重复载入');
      const s = await seedActivity(db, config, systemClock.now());
      console.log(`已载入演示办件 ${s.applications} 件、12345 工单 ${s.tickets} 件、依申请公开 ${s.disclosureRequests} 件、评价 ${s.ratings} 条`);
    }),
  );

const check = program.command('check').description('校验证件号码');
for (const [kind, validate, label] of [
  ['id', validateIdNumber, '公民身份号码'],
  ['uscc', validateUscc, '统一社会信用代码'],
] as const) {
  check
    .command(`${kind} <code>`)
    .description(`校验${label}`)
    .action((code: string) => {
      const v = validate(code, shanghaiDateOf(systemClock.now()));
      if (v.valid) {
        console.log(`${v.normalized}: ${label}有效`);
        process.exitCode = 0;
      } else {
        console.error(`${v.normalized}: ${label}无效：${identifierReasonText[v.reason].zh}`);
        if (v.possiblePilotCode) console.error('其中的组织机构代码校验一致，可能是早期试点代码：须核对原件，经窗口人员确认后方可受理');
        process.exitCode = 1;
      }
    });
}

registerAuditCommands(program);
registerCatalogCommands(program);
registerCalendarCommands(program);
registerInspectionCommands(program);
registerAdminCommands(program);

const licence = program.command('licence').description('电子证照');
licence
  .command('verify <input>')
  .description('核验电子证照：证照 PDF 文件、二维码内容或核验网址（退出码 0 有效，1 签名无效，2 签名有效但已撤销/暂停/过期）')
  .option('--offline', '离线核验：只用发证机关公钥校验签名和有效期，不查询状态')
  .option('--keys <file>', '公钥文件（/.well-known/banshi-keys.json 的内容）；离线核验时不连接数据库')
  .action(async (input: string, o: { offline?: boolean; keys?: string }) => {
    const { keysFromDocument, publishedKeys, verifyOffline, verifyOnline } = await import('../licences/index.js');
    const outcome =
      o.offline && o.keys
        ? await verifyOffline(input, keysFromDocument(fs.readFileSync(o.keys, 'utf8')), systemClock.now())
        : await withDb(async (db) =>
            o.offline
              ? verifyOffline(input, keysFromDocument(JSON.stringify({ keys: await publishedKeys(db) })), systemClock.now())
              : verifyOnline(input, db, systemClock.now()),
          );
    for (const line of outcome.lines) console.log(line);
    process.exitCode = outcome.exitCode;
  });

export { program };

await program.parseAsync(process.argv);
