import type { FastifyBaseLogger } from 'fastify';
import { loadConfig, smsStartProblem, startPeriodic, systemClock } from '../core/index.js';
import { migrate, openDatabase, openReads } from '../db/index.js';
import { buildApp } from '../http/index.js';
import { seedActivity, seedDemo } from '../demo/index.js';
import { countActiveAdministrators, DEMO_PASSWORD, demoAccounts, hasDemoData } from '../identity/index.js';
import { startOutboxWorker } from '../outbox/index.js';
import { startSealer } from '../audit/index.js';
import { startDeadlineScanner } from '../supervision/index.js';
import { startScheduledPublishing } from '../catalog/index.js';
import { scheduleDailyReconciliations, startPaySandbox } from '../payments/index.js';

export async function serve(opts: { port?: number; host?: string; seed?: boolean }): Promise<void> {
  const config = loadConfig();
  if (opts.port !== undefined) config.port = opts.port;
  if (opts.host) config.host = opts.host;
  // `--no-seed` is a production start just as NODE_ENV=production: no demo data loaded, no demo accounts offered
  if (opts.seed === false) config.production = true;
  const smsProblem = smsStartProblem(config.sms, !!config.production, config.sms?.provider === 'development' && !!config.sms.chosen);
  if (smsProblem) {
    console.error(smsProblem);
    process.exit(1);
  }
  const db = await openDatabase(config);
  const applied = await migrate(db);
  const seeded = config.production ? false : await seedDemo(db);
  // on first start, a few weeks of work in the hall, so that lists, cards and statistics have something to show
  if (seeded) console.log('首次启动：正在以当前日期模拟近几周的演示办件，约需半分钟……');
  const activity = seeded ? await seedActivity(db, config, systemClock.now()).catch((e: Error) => (console.warn(`演示办件未能载入：${e.message}`), null)) : null;
  // 统一公共支付平台: without a real one configured (BANSHI_PAY_*), the sandbox runs as a process of its own
  const paySandbox = !config.payment && !config.production ? await startPaySandbox({ host: config.host }) : null;
  if (paySandbox) config.payment = paySandbox.config;
  // the replicas' state changes are logged by the app's logger, which exists once the app does
  let log: FastifyBaseLogger | undefined;
  if (config.replicas && db.engine === 'embedded') console.warn('提示：未设置 DATABASE_URL，嵌入式数据库不使用只读副本，DATABASE_REPLICA_URL 已忽略。');
  const reads = await openReads(db, config, { warn: (f, m) => log?.warn(f, m), info: (f, m) => log?.info(f, m) });
  const app = await buildApp({ db, clock: systemClock, config, reads }, { logger: { level: config.logLevel } });
  log = app.log;
  const stopOutbox = startOutboxWorker(db, systemClock, 500, (e) => app.log.error({ err: e }, 'outbox worker'));
  const stopScanner = startDeadlineScanner(db, systemClock, 60_000, (e) => app.log.error({ err: e }, 'deadline scanner'));
  // 生效日期: item versions published for a later date become current on that date
  // each paying region's day is reconciled with the payment platform's statement once it is ready (hourly check)
  const stopReconciling = startPeriodic(() => scheduleDailyReconciliations({ db, clock: systemClock }), 3_600_000, (e) => app.log.error({ err: e }, 'daily reconciliation'));
  const stopScheduled = startScheduledPublishing({ db, clock: systemClock }, 60_000, (e) => app.log.error({ err: e }, 'scheduled catalog publishing'));
  // Seals what a previous process left unsealed (a crash included) before serving, then whenever a head is due.
  const sealer = startSealer(db, systemClock, config, (e) => app.log.error({ err: e }, 'audit sealer'));
  await sealer.ready;
  const address = await app.listen({ port: config.port, host: config.host });

  const engine = db.engine === 'embedded' ? `嵌入式 PostgreSQL (PGlite)，数据目录 ${config.dataDir}` : 'PostgreSQL 服务器 (DATABASE_URL)';
  console.log(`\n办事 banshi 已启动: ${address.replace('127.0.0.1', 'localhost')}`);
  console.log(`数据库: ${engine}${applied.length ? `，已执行迁移 ${applied.length} 个` : ''}${seeded ? '，已载入演示数据' : ''}${activity ? `（含演示办件 ${activity.applications} 件、工单 ${activity.tickets} 件）` : ''}`);
  if (config.replicas && db.engine === 'postgres') console.log(`只读副本: ${config.replicas.urls.length} 个 (DATABASE_REPLICA_URL)，列表、看板、公开页面和证照核验从副本读取`);
  console.log(`接口文档: ${address}/api/docs`);
  console.log(paySandbox ? `支付平台: 沙箱 ${paySandbox.url}（未配置 BANSHI_PAY_URL，不发生真实扣款）` : config.payment ? `支付平台: ${config.payment.url}` : '支付平台: 未配置（网上缴费不可用，窗口缴费照常）');
  if (config.production && config.sms?.provider !== 'http') console.warn('\n警告：未接入短信服务商（BANSHI_SMS_PROVIDER=development），验证码不会发出，只写入服务器日志；开发短信页面在生产模式下不提供。');
  if (!config.production && (await hasDemoData(db))) {
    console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）:`);
    for (const a of demoAccounts) console.log(`  ${a.username.padEnd(20)} ${a.name}\t${a.note}`);
  }
  if ((await countActiveAdministrators(db)) === 0) {
    console.log('\n尚无系统管理员。创建第一位管理员（密码在终端输入，不会显示）：');
    console.log('  npx banshi admin create --username admin --name 姓名 --region 行政区划代码 [--region-name 区划名称]');
    console.log('然后用该账号登录，在“部门与窗口”“工作人员账号”页面添加部门、窗口和工作人员。');
  }

  const shutdown = async () => {
    await app.close();
    await stopOutbox();
    await stopScanner();
    await stopScheduled();
    await stopReconciling();
    await sealer.stop(); // a clean shutdown leaves nothing unsealed
    await paySandbox?.stop();
    await reads.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
