import { defineErrors, type CodesOf } from '../core/index.js';

export const CatalogErrors = defineErrors({
  CATALOG_ITEM_NOT_FOUND: { status: 404, zh: '事项 {code} 不存在或未发布', en: 'Service item {code} does not exist or is not published' },
  CATALOG_BUNDLE_NOT_FOUND: { status: 404, zh: '一件事 {code} 不存在或未发布', en: 'Bundle {code} does not exist or is not published' },
  CATALOG_ENGLISH_NOT_FOUND: { status: 404, zh: '事项 {code} 没有英文版本', en: 'Service item {code} has no English version' },
  CATALOG_SYNONYM_NOT_FOUND: { status: 404, zh: '没有“{term}”这个搜索同义词', en: 'There is no search synonym “{term}”' },
  CATALOG_VERSION_NOT_FOUND: { status: 404, zh: '事项版本不存在', en: 'No such catalog version' },
  CATALOG_CODE_TAKEN: { status: 409, zh: '编码 {code} 已被使用', en: 'The code {code} is already in use' },
  CATALOG_VERSION_IMMUTABLE: { status: 409, zh: '已发布或已废止的版本不能修改，请新建草稿版本', en: 'A published or retired version cannot change; create a new draft' },
  CATALOG_DRAFT_EXISTS: { status: 409, zh: '该事项已有草稿版本，请在草稿上修改', en: 'A draft already exists; edit that draft' },
  CATALOG_NOTHING_TO_RETIRE: { status: 409, zh: '没有可废止的已发布版本', en: 'There is no published version to retire' },
  CATALOG_CODE_CHANGED: { status: 400, zh: '草稿的编码不能修改（{from} → {to}）', en: 'A draft cannot change its code ({from} → {to})' },
  CATALOG_INVALID_GUIDE: { status: 422, zh: '办事指南不符合要求：{summary}', en: 'The guide is not valid: {summary}' },
  CATALOG_ABOLISHED_CERTIFICATE: { status: 422, zh: '办事指南要求了已取消的证明事项：{summary}', en: 'The guide requires an abolished certificate: {summary}' },
  CATALOG_IMPORT_INVALID: { status: 422, zh: '导入文件有 {count} 处错误，未导入任何内容', en: 'The import file has {count} errors; nothing was imported' },
  CATALOG_IMPORT_UNREADABLE: { status: 400, zh: '无法读取导入文件：{reason}', en: 'Cannot read the import file: {reason}' },
  CATALOG_ITEM_IN_USE: { status: 409, zh: '事项 {code} 仍被已发布的一件事使用（{bundles}），请先调整一件事', en: 'Item {code} is still used by published bundles ({bundles})' },
  CATALOG_CERTIFICATE_STILL_REQUIRED: { status: 409, zh: '仍有已发布的办事指南要求提供“{name}”：{items}。请先修订这些事项', en: 'Published guides still require "{name}": {items}. Revise them first' },
  CATALOG_EFFECTIVE_DATE_PAST: { status: 400, zh: '生效日期 {date} 已过，请选择今天（{today}）或以后的日期', en: 'The effective date {date} has passed; choose today ({today}) or later' },
  CATALOG_CODE_MISMATCH: { status: 400, zh: '路径中的代码与内容中的代码不一致', en: 'The code in the path differs from the code in the body' },
  CATALOG_DEPARTMENT_UNSTAFFED: {
    status: 409,
    zh: '{department}目前没有在岗的审核人员，发布后无人办理，暂不能发布该部门事项的新版本。请先由系统管理员为该部门配置审核人员',
    en: '{department} has no active reviewer, so nobody could handle the item; ask the administrator to add a reviewer before publishing',
  },
  CATALOG_REGION_OUT_OF_SCOPE: {
    status: 403,
    zh: '只能编辑、发布或废止本行政区划（{region}）及其下级部门实施的事项和一件事',
    en: 'You may edit, publish or retire only items and bundles implemented by departments of your region ({region}) and below',
  },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof CatalogErrors> {}
}
