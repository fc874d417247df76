import { defineErrors, type CodesOf } from '../core/index.js';

export const AuditErrors = defineErrors({
  AUDIT_HEAD_UNKNOWN: { status: 404, zh: '没有规模为 {treeSize} 条的签名树根', en: 'No signed tree head of size {treeSize}' },
  AUDIT_CONSISTENCY_RANGE: { status: 400, zh: '一致性证明的起点（{first}）不能大于终点（{second}）', en: 'The first tree size ({first}) cannot exceed the second ({second})' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof AuditErrors> {}
}
