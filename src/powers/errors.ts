import { defineErrors, type CodesOf } from '../core/index.js';

export const PowersErrors = defineErrors({
  POWER_CODE_TAKEN: { status: 409, zh: '权力事项编码 {code} 已被使用', en: 'Power code {code} is taken' },
  DELEGATION_NOT_FOUND: { status: 404, zh: '赋权记录不存在', en: 'No such delegation' },
  DELEGATION_ITEM_NOT_FOUND: { status: 404, zh: '事项 {code} 不存在或未发布，不能赋权', en: 'Item {code} is not published' },
  DELEGATION_DELEGATE_INVALID: { status: 400, zh: '承接单位应为开发区管委会或乡镇（街道），且位于事项所属区划之内', en: 'The delegate must be a zone administration or township within the item’s region' },
  DELEGATION_OVERLAPS: { status: 409, zh: '事项 {code} 在该期间已赋权给{delegate}，请先收回或待其到期', en: 'Item {code} is already delegated to {delegate} in that period' },
  DELEGATION_REVOKED: { status: 409, zh: '该赋权已收回', en: 'The delegation was revoked' },
  STREAMLINING_ITEM_NOT_FOUND: { status: 404, zh: '事项 {code} 不存在或未发布', en: 'Item {code} is not published' },
  STREAMLINING_BUNDLE_NOT_FOUND: { status: 404, zh: '一件事 {code} 不存在或未发布', en: 'Bundle {code} is not published' },
  STREAMLINING_RECEIVER_INVALID: { status: 400, zh: '承接单位 {code} 不存在，或不是事项所属区划内的其他单位（下放须为下级单位）', en: 'The receiving body {code} must be another body within the item’s region (a lower level for a transfer downward)' },
  STANDARD_ITEM_NOT_FOUND: { status: 404, zh: '基本目录中没有事项 {code}', en: 'No standard item {code}' },
  IMPLEMENTATION_EXISTS: { status: 409, zh: '该区划的该实施主体已有此事项的实施清单', en: 'This body already implements the item here' },
  POWERS_OUT_OF_REACH: { status: 403, zh: '只能管理本行政区划及其下级的权责清单、赋权和实施清单', en: 'Outside your region' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof PowersErrors> {}
}
