import { defineErrors, type CodesOf } from '../core/index.js';

export const AuditErrors = defineErrors({
  AUDIT_HEAD_UNKNOWN: { status: 404, zh: '没有规模为 {treeSize} 条的签名树根', en: 'No signed tree head of size {treeSize}' },
  AUDIT_PROOF_NOT_SEALED: { status: 409, zh: '该办件的记录尚未封存进签名树根，请稍后再试', en: 'The application’s entries are not sealed under a signed tree head yet; try again later' },
  AUDIT_PROOF_FULL_VIEW_ONLY: {
    status: 403,
    zh: '包含证明含记录原文（可能有身份证号等个人信息），仅申请人、代办人和可查看完整信息的工作人员可获取',
    en: 'An inclusion proof carries the entries verbatim (personal data included): only the applicant, the agent and staff who see the application in full may fetch it',
  },
  AUDIT_CONSISTENCY_RANGE: { status: 400, zh: '一致性证明的起点（{first}）不能大于终点（{second}）', en: 'The first tree size ({first}) cannot exceed the second ({second})' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof AuditErrors> {}
}
