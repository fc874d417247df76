import fs from 'node:fs';
import type { Command } from 'commander';
import { AppError, formatMessage, loadConfig, systemClock } from '../core/index.js';
import type { ImportError } from '../catalog/index.js';

const modules = async () => {
  const [db, catalog] = await Promise.all([import('../db/index.js'), import('../catalog/index.js')]);
  return { ...db, ...catalog };
};

/** `banshi catalog import|export FILE` (.xlsx or .json by extension) and `banshi check item CODE`. */
export function registerCatalogCommands(program: Command): void {
  const catalog = program.command('catalog').description('事项目录导入导出');

  catalog
    .command('import <file>')
    .description('导入事项目录（.xlsx 或 .json）；有任何错误则逐行列出，不导入任何内容')
    .action(async (file: string) => {
      const { catalogFileFormat, importCatalogFile, migrate, openDatabase } = await modules();
      const format = catalogFileFormat(file);
      if (!format) return fail(`不支持的文件类型：${file}（应为 .xlsx 或 .json）`);
      if (!fs.existsSync(file)) return fail(`文件不存在：${file}`);
      const config = loadConfig();
      const db = await openDatabase(config);
      try {
        await migrate(db);
        const s = await importCatalogFile({ db, clock: systemClock }, null, format, fs.readFileSync(file));
        console.log(`导入完成：事项 新增 ${s.items.created}、更新 ${s.items.updated}、未变 ${s.items.unchanged}；一件事 新增 ${s.bundles.created}、更新 ${s.bundles.updated}、未变 ${s.bundles.unchanged}；数据元 ${s.dataElements}；已取消证明 ${s.abolishedCertificates}`);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        console.error(formatMessage(e.code, 'zh-CN', e.details));
        for (const err of (e.details.errors as ImportError[] | undefined) ?? []) {
          console.error(`  ${err.sheet} 第${err.row}行${err.column ? ` [${err.column}]` : ''}：${err.message}`);
        }
        process.exitCode = 1;
      } finally {
        await db.close();
      }
    });

  catalog
    .command('export <file>')
    .description('导出已发布的事项目录（.xlsx 或 .json）')
    .action(async (file: string) => {
      const { catalogFileFormat, exportCatalogFile, migrate, openDatabase } = await modules();
      const format = catalogFileFormat(file);
      if (!format) return fail(`不支持的文件类型：${file}（应为 .xlsx 或 .json）`);
      const config = loadConfig();
      const db = await openDatabase(config);
      try {
        await migrate(db);
        fs.writeFileSync(file, await exportCatalogFile(db, format));
        console.log(`已导出到 ${file}`);
      } finally {
        await db.close();
      }
    });

  const check = program.commands.find((c) => c.name() === 'check') ?? program.command('check');
  check
    .command('item <code>')
    .description('校验事项编码（基本编码 10 位，或实施编码 35/41 位）')
    .action(async (code: string) => {
      const { itemCodeReasonText, validateImplementationCode, validateItemCode } = await import('../catalog/index.js');
      const c = code.trim().toUpperCase();
      const v = c.length > 10 ? validateImplementationCode(c) : validateItemCode(c);
      if (v.valid) {
        console.log(`${c}: 事项编码有效`);
        process.exitCode = 0;
      } else {
        console.error(`${c}: 事项编码无效：${itemCodeReasonText[v.reason].zh} (${v.reason})`);
        process.exitCode = 1;
      }
    });
}

function fail(message: string) {
  console.error(message);
  process.exitCode = 1;
}
