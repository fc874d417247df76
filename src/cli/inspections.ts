import fs from 'node:fs';
import type { Command } from 'commander';
import { formatMessage, isAppError } from '../core/index.js';

/** `banshi inspections redraw PLAN.json SEED`: anyone re-runs a published draw, offline, from its published inputs. */
export function registerInspectionCommands(program: Command): void {
  const inspections = program.command('inspections').description('双随机抽查');
  inspections
    .command('redraw <plan> <seed>')
    .description('用公布的抽查计划文件和揭示的种子重新抽取，核对抽取结果')
    .option('--json', '输出完整的抽取结果 JSON')
    .option('--expect <digest>', '与公布的抽取结果摘要（visitsDigest）比对')
    .action(async (planFile: string, seed: string, o: { json?: boolean; expect?: string }) => {
      const { verifyDraw } = await import('../inspections/index.js');
      let input: unknown;
      try {
        input = JSON.parse(fs.readFileSync(planFile, 'utf8'));
      } catch (e) {
        console.error(`无法读取计划文件 ${planFile}：${(e as Error).message}`);
        process.exitCode = 2;
        return;
      }
      let result;
      try {
        result = verifyDraw(input, seed);
      } catch (e) {
        if (!isAppError(e)) throw e;
        console.error(`${formatMessage(e.code, 'zh-CN', e.details)} (${e.code})`);
        process.exitCode = 2;
        return;
      }
      if (o.json) console.log(JSON.stringify(result, null, 2));
      else {
        console.log(`计划 ${result.planId}，计划摘要 ${result.planDigest}`);
        console.log(`种子承诺 ${result.seedCommitment} 与种子相符`);
        console.log(`检查对象 ${result.populationCount} 户，抽取 ${result.sampleCount} 户`);
        for (const s of result.strata) console.log(`  分层 ${s.key}：${s.population} 户中抽取 ${s.quota} 户`);
        for (const v of result.visits) {
          const who = Object.entries(v.inspectors).map(([d, ids]) => `${d}:${ids.join('/')}`).join(' ');
          console.log(`  ${String(v.position).padStart(4)}  ${v.subject}  [${v.stratum}]  ${who}${v.shortfall.length ? `  (人员不足：${v.shortfall.join(',')})` : ''}`);
        }
        console.log(`抽取结果摘要 visitsDigest ${result.visitsDigest}`);
      }
      if (o.expect) {
        const same = o.expect.trim().toLowerCase() === result.visitsDigest;
        console.error(same ? '与公布的抽取结果一致' : '与公布的抽取结果不一致！');
        process.exitCode = same ? 0 : 1;
      }
    });
}
