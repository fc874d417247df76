import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { isAppError, formatMessage, loadConfig } from '../core/index.js';
import type { Db } from '../db/index.js';
import type { WorkingCalendar } from '../calendar/index.js';

type CalendarModule = typeof import('../calendar/index.js');

async function withCalendarDb<T>(fn: (db: Db, calendar: CalendarModule) => Promise<T>): Promise<T> {
  const [{ migrate, openDatabase }, calendar] = await Promise.all([
    import('../db/index.js'),
    import('../calendar/index.js'),
    // registers the recomputation of running deadlines when a year is imported
    import('../supervision/index.js'),
  ]);
  const db = await openDatabase(loadConfig());
  try {
    await migrate(db);
    return await fn(db, calendar);
  } finally {
    await db.close();
  }
}

function fail(message: string, code: number): void {
  console.error(message);
  process.exitCode = code;
}

function reportMissing(cal: WorkingCalendar, years: number[]): void {
  console.error(`calendarMissing: ${years.join(', ')} 年尚无节假日安排（日历 ${cal.version}），结果仅按周一至周五推算；请先执行 banshi calendar import 导入。`);
  process.exitCode = 3;
}

export function registerCalendarCommands(program: Command): void {
  const calendar = program.command('calendar').description('法定工作日历');

  calendar
    .command('due <acceptedOn> <workingDays>')
    .description('受理日起 N 个工作日的到期日（第 1 天为受理后的第一个工作日）')
    .option('--region <code>', '行政区划代码（含地区休息日）')
    .option('--immediate', '即办件（当日办结）')
    .action((acceptedOn: string, workingDays: string, o: { region?: string; immediate?: boolean }) =>
      withCalendarDb(async (db, { dueDate, isIsoDate, loadCalendar }) => {
        const n = Number(workingDays);
        if (!isIsoDate(acceptedOn)) return fail(`日期格式不正确：${acceptedOn}（应为 YYYY-MM-DD）`, 2);
        if (!Number.isInteger(n) || n < 0 || n > 3650) return fail(`工作日数不正确：${workingDays}`, 2);
        const cal = await loadCalendar(db, o.region ?? null);
        const r = dueDate(cal, acceptedOn, n, o.immediate ?? false);
        console.log(r.dueOn);
        if (r.calendarMissing) reportMissing(cal, r.missingYears);
      }),
    );

  calendar
    .command('between <from> <to>')
    .description('两日期之间的工作日数（不含起日，含止日）')
    .option('--region <code>', '行政区划代码')
    .action((from: string, to: string, o: { region?: string }) =>
      withCalendarDb(async (db, { isIsoDate, loadCalendar, workingDaysBetween }) => {
        for (const d of [from, to]) if (!isIsoDate(d)) return fail(`日期格式不正确：${d}（应为 YYYY-MM-DD）`, 2);
        const cal = await loadCalendar(db, o.region ?? null);
        const r = workingDaysBetween(cal, from, to);
        console.log(String(r.days));
        if (r.calendarMissing) reportMissing(cal, r.missingYears);
      }),
    );

  calendar
    .command('import <file>')
    .description('导入年度节假日安排（.json、.ics 或 .xlsx）')
    .action((file: string) =>
      withCalendarDb(async (db, { importCalendarFile }) => {
        if (!fs.existsSync(file)) return fail(`文件不存在：${file}`, 2);
        try {
          const r = await db.transaction((tx) =>
            importCalendarFile(tx, { fileName: path.basename(file), content: fs.readFileSync(file), actorId: null, at: new Date() }),
          );
          console.log(
            r.unchanged
              ? `${r.year} 年安排与已导入的相同，未变更（日历 ${r.version}）`
              : `已导入 ${r.year} 年安排：放假 ${r.holidays} 天，调休上班 ${r.workdays} 天；日历版本 ${r.version}`,
          );
        } catch (e) {
          if (!isAppError(e)) throw e;
          fail(formatMessage(e.code, 'zh-CN', e.details), 2);
        }
      }),
    );
}
