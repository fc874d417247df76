import { defineErrors, type CodesOf } from '../core/index.js';

export const InspectionErrors = defineErrors({
  CREDIT_FLAG_SUBJECT_REQUIRED: { status: 400, zh: '请提供统一社会信用代码或公民身份号码', en: 'Give a unified social credit code or a citizen ID number' },
  CREDIT_FLAG_ENDS_BEFORE_START: { status: 400, zh: '失信标记的截止日期必须晚于开始日期', en: 'A credit flag must end after it starts' },
  CREDIT_FLAG_NOT_ACTIVE: { status: 409, zh: '该失信标记已失效或已撤销，无需申诉', en: 'This credit flag has ended or was revoked; there is nothing to appeal' },
  CREDIT_FLAG_APPEAL_OPEN: { status: 409, zh: '该失信标记已有待处理的申诉', en: 'An appeal against this credit flag is already pending' },
  CREDIT_FLAG_APPEAL_DECIDED: { status: 409, zh: '该申诉已作出决定', en: 'This appeal has already been decided' },
  PLAN_NOT_DRAFT: { status: 409, zh: '抽查计划已公布，不能再修改', en: 'The plan has been published and can no longer change' },
  PLAN_NOT_PUBLISHED: { status: 409, zh: '抽查计划尚未公布，不能抽取', en: 'The plan must be published before the draw' },
  PLAN_ALREADY_DRAWN: { status: 409, zh: '抽查计划已完成抽取', en: 'The draw of this plan has already been made' },
  PLAN_EMPTY_POPULATION: { status: 422, zh: '按筛选条件没有可抽取的检查对象', en: 'No subjects match the plan\'s filter' },
  PLAN_NO_INSPECTORS: { status: 422, zh: '{department} 没有符合资格的执法检查人员', en: 'No qualified inspectors in {department}' },
  UNKNOWN_DEPARTMENT: { status: 400, zh: '部门不存在：{code}', en: 'No such department: {code}' },
  SEED_REQUIRED: { status: 400, zh: '本计划的随机种子由监管人员持有，抽取时请提供种子', en: 'The supervisor holds this plan\'s seed: give it to make the draw' },
  SEED_MISMATCH: { status: 422, zh: '随机种子与公布的承诺值不符', en: 'The seed does not match the published commitment' },
  INVALID_DRAW_PLAN: { status: 400, zh: '抽查计划文件无效：{reason}', en: 'Invalid draw plan: {reason}' },
  RESULT_ALREADY_RECORDED: { status: 409, zh: '该检查结果已经录入', en: 'This result has already been recorded' },
  NOT_ASSIGNED_INSPECTOR: { status: 403, zh: '您不是该检查任务的执法检查人员', en: 'You are not an inspector of this visit' },
  NOT_RECTIFIABLE: { status: 409, zh: '该检查结果没有待整改的问题', en: 'This result has no problems awaiting a fix' },
  RECTIFY_DAYS_REQUIRED: { status: 400, zh: '发现问题时须规定整改期限（工作日）', en: 'Problems found need a deadline to fix (working days)' },
  CONFLICT_ALREADY_DECLARED: { status: 409, zh: '该回避关系已登记', en: 'This conflict of interest is already declared' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof InspectionErrors> {}
}
