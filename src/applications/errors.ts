import { defineErrors, type CodesOf } from '../core/index.js';

export const ApplicationErrors = defineErrors({
  APPLICATION_NOT_FOUND: { status: 404, zh: '办件不存在或无权查看', en: 'No such application, or not visible to you' },
  CASE_NOT_FOUND: { status: 404, zh: '事项办件不存在或无权查看', en: 'No such case, or not visible to you' },
  INVALID_TRANSITION: { status: 409, zh: '当前状态（{status}）下不能执行“{action}”', en: 'Cannot {action} in state {status}' },
  IDEMPOTENCY_KEY_REQUIRED: { status: 400, zh: '提交申请须附带幂等键（Idempotency-Key 请求头）', en: 'Submitting requires an Idempotency-Key header' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, zh: '该幂等键已用于另一份不同内容的申请', en: 'This idempotency key was used for a different application' },
  ITEM_NOT_FOUND: { status: 404, zh: '事项不存在或未发布：{itemCode}', en: 'No published item {itemCode}' },
  BUNDLE_NOT_FOUND: { status: 404, zh: '“一件事”不存在或未发布：{bundleCode}', en: 'No published bundle {bundleCode}' },
  ITEM_NOT_IN_BUNDLE: { status: 422, zh: '事项 {itemCode} 不属于该“一件事”', en: 'Item {itemCode} is not part of this bundle' },
  ITEMS_DO_NOT_MATCH_ANSWERS: {
    status: 422,
    zh: '所选事项与“一件事”问卷的回答不一致：按您的回答应办理{expected}。请按告知单重新选择事项后提交',
    en: 'The items do not match the questionnaire answers, which call for: {expected}. Choose the items the notice lists and resubmit',
  },
  NO_ITEMS: { status: 422, zh: '请至少选择一个事项', en: 'Select at least one item' },
  UNKNOWN_MATERIAL: { status: 422, zh: '材料 {material} 不在所申请事项的办事指南中', en: 'Material {material} is not in the guide of the items applied for' },
  ATTACHMENT_NOT_YOURS: { status: 422, zh: '附件 {uploadId} 不存在或不是由您上传', en: 'Attachment {uploadId} does not exist or was not uploaded by you' },
  FORM_INVALID: { status: 422, zh: '表单填写有误，请按提示修改', en: 'The form has errors; please correct them' },
  APPLICANT_REQUIRED: { status: 422, zh: '代为申请时须填写申请人信息', en: 'Applying on someone\'s behalf requires the applicant\'s details' },
  REAL_NAME_LEVEL_TOO_LOW: {
    status: 403,
    zh: '网上申请“{itemName}”须达到“{need}”实名等级，{whose}目前为“{have}”。{advice}',
    en: 'Filing “{itemName}” online needs the real-name level “{needEn}”; {whoseEn} is “{haveEn}”. {adviceEn}',
  },
  AUTHORISATION_REQUIRED: { status: 422, zh: '帮代办须上传申请人签署的授权委托书', en: 'An agent must record the applicant\'s signed authorisation' },
  AUTHORISATION_EXPIRED: { status: 422, zh: '授权委托书已过期（有效期至 {validUntil}）', en: 'The authorisation expired on {validUntil}' },
  CORRECTION_ALREADY_REQUESTED: { status: 409, zh: '已一次性告知过补正内容，不得再次要求补正', en: 'Corrections were already requested once; they cannot be requested again' },
  NOT_IN_GUIDE: {
    status: 422,
    zh: '“{cited}”不在本办件所依据的办事指南（{itemCode}）中，清单之外不得要求材料；确需要求的，须经监管人员批准例外',
    en: '"{cited}" is not in the guide ({itemCode}) this application was filed against; anything else needs a supervisor-approved exception',
  },
  EXCEPTION_NOT_APPROVED: { status: 422, zh: '例外申请 {exceptionId} 未获批准或不属于本办件', en: 'Exception {exceptionId} is not approved or belongs to another application' },
  CORRECTION_INCOMPLETE: { status: 422, zh: '以下补正内容尚未提交：{missing}', en: 'These corrections are still missing: {missing}' },
  CREDIT_FLAG_ACTIVE: { status: 422, zh: '申请人存在失信记录（{reason}，至 {endsOn}），不适用告知承诺制，请按一般程序办理', en: 'The applicant has an active credit flag ({reason}, until {endsOn}): commitment-based approval is not available' },
  SITE_CHECK_CASES_INVALID: { status: 422, zh: '联合现场核查的事项办件须属于同一办件且处于审核阶段', en: 'A joint site check must cover cases of one application that are under review' },
  SITE_CHECK_NOT_FOUND: { status: 404, zh: '现场核查不存在', en: 'No such site check' },
  PENDING_MATERIALS_OUTSTANDING: { status: 409, zh: '容缺材料尚未补齐并经窗口核验：{materials}', en: 'Materials owed under pending acceptance have not all arrived and been checked: {materials}' },
  NOT_CONCLUDED: { status: 409, zh: '事项尚未全部办结，不能统一出件', en: 'Not every case has concluded; results cannot be delivered together yet' },
  NOTHING_TO_DELIVER: { status: 409, zh: '没有可出件的办结事项', en: 'No concluded result is waiting for delivery' },
  POSTAL_DETAILS_REQUIRED: { status: 422, zh: '邮寄出件须填写收件人、电话、地址和快递单号', en: 'Delivery by post needs the recipient, phone, address and tracking number' },
  CROSS_REGION_CHECKS_REQUIRED: { status: 422, zh: '异地代收代办须确认已核验申请人身份和材料形式完备', en: 'A window outside the deciding authority\'s region must confirm the identity and formal-completeness checks' },
  LICENCE_NOT_REUSABLE: { status: 422, zh: '电子证照 {licenceId} 不是申请人持有的有效“{type}”，不能代替该材料', en: 'Licence {licenceId} is not a valid {type} held by the applicant' },
  MATERIALS_INCOMPLETE: { status: 422, zh: '申请材料不齐全，尚缺：{materials}', en: 'Materials are incomplete; missing: {materials}' },
  MATERIAL_NOT_OWABLE: { status: 422, zh: '“{material}”不在事项“{itemName}”的容缺材料清单中，须在受理前提交', en: '"{material}" is not on the list of materials {itemName} may accept as owed; it must be in hand before acceptance' },
  PILOT_CODE_UNCONFIRMED: { status: 422, zh: '统一社会信用代码 {uscc} 校验码不正确，但其中的组织机构代码一致，可能是早期试点代码：请核对营业执照原件后确认受理', en: 'USCC {uscc} fails its check character but its organisation code is consistent (possibly an early pilot code): check the original and confirm to accept' },
  EXCEPTION_NOT_FOUND: { status: 404, zh: '例外申请不存在', en: 'No such exception request' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof ApplicationErrors> {}
}
