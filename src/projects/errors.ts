import { defineErrors, type CodesOf } from '../core/index.js';

export const ProjectErrors = defineErrors({
  PROJECT_NOT_FOUND: { status: 404, zh: '工程建设项目不存在', en: 'No such construction project' },
  PROJECT_ZONE_NOT_FOUND: { status: 404, zh: '园区不存在', en: 'No such zone' },
  PROJECT_ZONE_EXISTS: { status: 409, zh: '该园区已登记', en: 'The zone is registered already' },
  PROJECT_ZONE_OTHER_REGION: { status: 400, zh: '园区不在项目所在的行政区划内', en: 'The zone is not in the project\'s region' },
  PROJECT_NOT_BUSINESS: { status: 403, zh: '工程建设项目须由建设单位（企业）以企业身份登记', en: 'A construction project is registered by the building company' },
  PROJECT_STAGE_UNKNOWN: { status: 404, zh: '该项目没有这个审批阶段', en: 'The project has no such stage' },
  PROJECT_STAGE_LOCKED: { status: 409, zh: '上一阶段“{previous}”的审批结果尚未出件，本阶段不能申报', en: 'The previous stage ({previous}) has no results issued yet' },
  PROJECT_STAGE_FILED: { status: 409, zh: '本阶段已申报，请在办件中查看进度', en: 'This stage has been filed already' },
  PROJECT_STAGE_ITEM: { status: 400, zh: '事项 {itemCode} 不属于“{stage}”阶段', en: 'Item {itemCode} is not part of stage {stage}' },
  PROJECT_DRAWINGS_NOT_PASSED: { status: 409, zh: '施工图联合审查尚未合格，施工许可阶段不能申报', en: 'The construction drawings have not passed joint review' },
  DRAWING_REVIEW_NOT_FOUND: { status: 404, zh: '联合审图记录不存在', en: 'No such joint drawing review' },
  DRAWING_REVIEW_NOT_OPEN: { status: 409, zh: '工程建设许可阶段出件后才能提交施工图联合审查', en: 'Joint drawing review opens once the project-permit stage has its results' },
  DRAWING_REVIEW_EXISTS: { status: 409, zh: '该项目的施工图已在联合审查中或已审查合格', en: 'The drawings are under review or have passed already' },
  DRAWING_REVIEW_NOT_CONCERNED: { status: 403, zh: '本部门不参与该项目的联合审图', en: 'Your department takes no part in this review' },
  DRAWING_REVIEW_ROUND_CLOSED: { status: 409, zh: '本轮审查已结束或本部门已出具意见', en: 'This round is closed or your department has given its opinion' },
  DRAWING_REVIEW_NOT_REVISING: { status: 409, zh: '联合审图意见未要求修改图纸', en: 'The review asks for no revision' },
  DRAWING_REVIEW_NO_MORE_ROUNDS: { status: 409, zh: '联合审图只允许修改一次，本次审查已有结论', en: 'Only one revision round is allowed; the review has concluded' },
  ACCEPTANCE_NOT_FOUND: { status: 404, zh: '联合验收记录不存在', en: 'No such joint acceptance' },
  ACCEPTANCE_NOT_OPEN: { status: 409, zh: '竣工验收阶段申报受理后才能安排联合验收', en: 'Joint acceptance is scheduled once the completion filing is accepted' },
  ACCEPTANCE_EXISTS: { status: 409, zh: '该项目已安排联合验收', en: 'Joint acceptance is scheduled already' },
  ACCEPTANCE_NOT_CONCERNED: { status: 403, zh: '本部门不参与该项目的联合验收', en: 'Your department takes no part in this acceptance' },
  ACCEPTANCE_ISSUED: { status: 409, zh: '竣工联合验收意见书已出具', en: 'The acceptance certificate has been issued already' },
  ACCEPTANCE_NOT_READY: { status: 409, zh: '尚有部门未出具验收意见或验收不合格：{departments}', en: 'Findings missing or failed: {departments}' },
  ACCEPTANCE_TOO_EARLY: { status: 409, zh: '现场验收时间未到，不能记录验收意见', en: 'The inspection visit has not taken place yet' },
  ASSESSMENT_MATERIAL_UNKNOWN: { status: 400, zh: '材料 {material} 不在已发布事项的申请材料中', en: 'Material {material} is not one of a published item' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof ProjectErrors> {}
}
