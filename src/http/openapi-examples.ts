/**
 * Examples of the main journey (开餐饮店: sign in, answer the questionnaire, get the Notice, fill the merged form,
 * upload, apply, follow), keyed by `<method> <path>`: request bodies and successful answers.
 */
type Examples = Record<string, { summary: string; value: unknown }>;

export const journeyExamples: Record<string, { request?: Examples; response?: Examples }> = {
  'post /api/v1/auth/login': {
    request: { applicant: { summary: '申请人登录', value: { username: 'zhangsan', password: 'Banshi@2026' } } },
  },
  'post /api/v1/guidance/bundles/{code}/check': {
    request: { restaurant: { summary: '开餐饮店：回答问卷', value: { answers: { hasBusinessLicence: false, sellsFood: true, area: 120 } } } },
  },
  'post /api/v1/guidance/bundles/{code}/notice': {
    request: { restaurant: { summary: '开餐饮店：按回答生成一次性告知单', value: { answers: { hasBusinessLicence: false, sellsFood: true, area: 120 } } } },
  },
  'post /api/v1/guidance/forms/merged': {
    request: { fromNotice: { summary: '按告知单中的事项生成合并表单', value: { noticeId: '0b6f5a1e-6d1c-4a55-9c5e-3f1f0c2b7a10' } } },
  },
  'post /api/v1/applications': {
    request: {
      restaurant: {
        summary: '开餐饮店：提交一件事申请（须带 Idempotency-Key）',
        value: {
          bundleCode: 'YJS-KCYD',
          itemCodes: ['XK00119001'],
          answers: { hasBusinessLicence: true, sellsFood: true },
          applicant: { kind: 'business', name: '蓝山县小张餐饮店', uscc: '92431127MA4L0000X1' },
          form: { 'XK00119001.foodCategory': 'hot' },
          attachments: [],
          pickup: { mode: 'together', method: 'window' },
        },
      },
    },
    response: {
      submitted: {
        summary: '已提交',
        value: { id: '6c1e4a70-0a4f-4d8e-9d7b-6b2a8f1e3c55', number: 'BS4311272026030200001', status: 'submitted', statusName: '已提交', version: 1, title: '开餐饮店', submittedAt: '2026-03-02T01:00:00.000Z' },
      },
    },
  },
};
