import { defineErrors, type CodesOf } from '../core/index.js';

export const LicenceErrors = defineErrors({
  LICENCE_TYPE_UNKNOWN: { status: 400, zh: '证照类型不存在：{type}', en: 'No such licence type: {type}' },
  LICENCE_HOLDER_INVALID: { status: 400, zh: '持证主体证件号码无效（{expected}）：{holder}', en: 'Invalid holder number ({expected}): {holder}' },
  LICENCE_ISSUER_UNKNOWN: { status: 400, zh: '发证机关不存在或未登记统一社会信用代码：{department}', en: 'Unknown issuing authority or it has no USCC: {department}' },
  LICENCE_DATES_INVALID: { status: 400, zh: '有效期截止日期不能早于起始日期', en: 'A licence cannot end before it starts' },
  LICENCE_REVOKED: { status: 409, zh: '该证照已撤销，不能再变更', en: 'This licence has been revoked and can no longer change' },
  LICENCE_NOT_SUSPENDED: { status: 409, zh: '该证照未被暂停', en: 'This licence is not suspended' },
  LICENCE_ALREADY_SUSPENDED: { status: 409, zh: '该证照已被暂停', en: 'This licence is already suspended' },
  LICENCE_NOT_RENEWABLE: { status: 409, zh: '长期有效的证照无需延续', en: 'A long-term licence needs no renewal' },
  LICENCE_NOT_USABLE: { status: 409, zh: '该证照当前状态为“{status}”，不能用于免提交', en: 'This licence is {status} and cannot stand in for a material' },
  LICENCE_TYPE_MISMATCH: { status: 422, zh: '该证照不是本材料接受的证照类型', en: 'This licence is not of a type this material accepts' },
  LICENCE_PAYLOAD_INVALID: { status: 400, zh: '无法识别的证照二维码内容', en: 'Unrecognised licence QR content' },
  LICENCE_NO_CHANGE: { status: 400, zh: '没有需要变更的内容', en: 'Nothing to change' },
  LICENCE_FIELD_UNKNOWN: { status: 400, zh: '“{type}”没有此项内容：{field}', en: 'A {type} has no field {field}' },
  LICENCE_FIELD_INVALID: { status: 400, zh: '证照内容“{field}”须为文字或数字', en: 'The licence field {field} must be text or a number' },
  LICENCE_REGION_OUT_OF_SCOPE: {
    status: 403,
    zh: '该证照由{issuer}发放，不在您的管辖区划内，不能变更、延续、暂停、恢复或撤销',
    en: 'This licence was issued by {issuer}, outside your region; you cannot change, renew, suspend, reinstate or revoke it',
  },
  LICENCE_ISSUE_BY_DECISION: {
    status: 403,
    zh: '证照只能在审批部门作出准予许可决定时签发；登记平台外已发放的证照，须由发证部门的系统管理员办理并说明原因',
    en: 'A licence is issued only by approving a case; registering a licence issued outside the platform is for an administrator of the issuing department, with a reason',
  },
  LICENCE_REGISTRATION_FORBIDDEN: { status: 403, zh: '只有{department}的系统管理员可以登记“{type}”', en: 'Only an administrator of {department} may register a {type}' },
  LICENCE_NOT_PRODUCED_BY_CASE: { status: 403, zh: '该办件事项不产生“{type}”，或不由本部门决定，不能签发', en: 'This case does not produce a {type}, or is not decided by this department' },
  LICENCE_HOLDER_NUMBER_IN_URL: { status: 400, zh: '请勿在网址中使用公民身份号码，请改用 POST /api/v1/licences/search 查询', en: 'Do not put a citizen ID number in a URL; use POST /api/v1/licences/search' },
  LICENCE_ALREADY_HELD: { status: 409, zh: '该主体已持有{type}（证照标识 {identifier}），请办理变更或延续，不再另行发证', en: 'The holder already holds a {type} ({identifier}); change or renew it instead' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof LicenceErrors> {}
}
