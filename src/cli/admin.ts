import type { Command } from 'commander';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { formatMessage, isAppError, loadConfig, systemClock } from '../core/index.js';

/** Reads a password without echoing it (a terminal), or the first line of standard input (a pipe). Never printed. */
async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = readline.createInterface({ input: process.stdin, terminal: false });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  process.stdout.write(prompt);
  muted = true;
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  muted = false;
  rl.close();
  process.stdout.write('\n');
  return answer;
}

export function registerAdminCommands(program: Command): void {
  const admin = program.command('admin').description('系统管理员账号');
  admin
    .command('create')
    .description('创建系统管理员（首次部署时创建第一位管理员）；密码从终端输入（不回显）或从标准输入读取，不会显示或记录')
    .requiredOption('--username <name>', '用户名（小写字母开头）')
    .requiredOption('--name <name>', '姓名')
    .requiredOption('--region <code>', '管辖的行政区划代码（6 位），可管理该区划及下级的部门和人员')
    .option('--region-name <name>', '行政区划名称（数据库中尚无该区划时必填，如“蓝山县”）')
    .option('--department <code>', '所在部门编码（可选）')
    .action(async (o: { username: string; name: string; region: string; regionName?: string; department?: string }) => {
      if (!/^[a-z][a-z0-9._-]{2,31}$/.test(o.username)) {
        console.error('用户名须以小写字母开头，3–32 位小写字母、数字、点、下划线或连字符');
        process.exitCode = 1;
        return;
      }
      const [{ migrate, openDatabase }, { createAdministrator, passwordProblem }] = await Promise.all([import('../db/index.js'), import('../identity/index.js')]);
      const password = await readPassword('密码：');
      const problem = passwordProblem(password, o.username);
      if (problem) {
        console.error(`密码不符合要求：${problem}`);
        process.exitCode = 1;
        return;
      }
      if (process.stdin.isTTY && (await readPassword('再次输入密码：')) !== password) {
        console.error('两次输入的密码不一致');
        process.exitCode = 1;
        return;
      }
      const config = loadConfig();
      const db = await openDatabase(config);
      try {
        await migrate(db);
        const user = await createAdministrator({ db, clock: systemClock }, { username: o.username, name: o.name, password, regionCode: o.region, regionName: o.regionName ?? null, departmentCode: o.department ?? null });
        console.log(`已创建系统管理员 ${user.username}（${user.name}），管辖区划 ${o.region}。请用该账号登录，在“部门与窗口”“工作人员账号”页面添加部门、窗口和工作人员。`);
      } catch (e) {
        if (!isAppError(e)) throw e;
        console.error(formatMessage(e.code, 'zh-CN', e.details));
        process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}
