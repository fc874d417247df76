import { defineErrors, type CodesOf } from '../core/index.js';

export const GuidanceErrors = defineErrors({
  GUIDANCE_BUNDLE_NOT_FOUND: { status: 404, zh: '没有找到“{code}”这件事，或它尚未发布', en: 'No published bundle {code}' },
  GUIDANCE_ITEM_NOT_FOUND: { status: 404, zh: '没有找到事项“{code}”，或它尚未发布', en: 'No published service item {code}' },
  GUIDANCE_ITEM_VERSION_NOT_FOUND: { status: 404, zh: '没有找到所选事项的办事指南版本', en: 'No such item version: {ids}' },
  GUIDANCE_NOTICE_NOT_FOUND: { status: 404, zh: '告知单不存在或无权查看', en: 'No such notice' },
  GUIDANCE_ANSWERS_INVALID: { status: 422, zh: '问卷回答不完整或有误，请按提示修改', en: 'The questionnaire answers are incomplete or invalid' },
  GUIDANCE_FORM_ITEMS_REQUIRED: { status: 400, zh: '请至少选择一个事项', en: 'Select at least one item' },
  GUIDE_FEEDBACK_MATERIAL_UNKNOWN: { status: 400, zh: '事项“{item}”的指南中没有材料“{code}”', en: 'The guide of {item} lists no material {code}' },
  GUIDE_FEEDBACK_NOT_FOUND: { status: 404, zh: '指南反馈不存在', en: 'No such guide feedback' },
  GUIDE_FEEDBACK_ALREADY_CLOSED: { status: 409, zh: '该反馈已处理，不能重复处理', en: 'This feedback has already been handled' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof GuidanceErrors> {}
}
