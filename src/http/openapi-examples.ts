/**
 * Examples of the main journey (开餐饮店: sign in, answer the questionnaire, get the Notice, fill the merged form,
 * upload, apply, follow), keyed by `<method> <path>`: request bodies and successful answers.
 */
type Examples = Record<string, { summary: string; value: unknown }>;

/** 开餐饮店 (bundle kai-canyindian): the business licence is held, 500 m², no signboard, rooms, alcohol or sewer. */
const ANSWERS = { hasLicence: true, area: 500, signboard: false, privateRooms: false, sellsAlcohol: false, sewer: false };

export const journeyExamples: Record<string, { request?: Examples; response?: Examples }> = {
  'post /api/v1/auth/login': {
    request: { applicant: { summary: '申请人（企业）登录', value: { username: 'xiangwei', password: 'Banshi@2026' } } },
  },
  'post /api/v1/guidance/bundles/{code}/check': {
    request: { restaurant: { summary: '开餐饮店：回答问卷', value: { answers: ANSWERS } } },
  },
  'post /api/v1/guidance/bundles/{code}/notice': {
    request: { restaurant: { summary: '开餐饮店：按回答生成一次性告知单', value: { answers: ANSWERS } } },
  },
  'post /api/v1/guidance/forms/merged': {
    request: { fromNotice: { summary: '按告知单中的事项生成合并表单', value: { noticeId: '0b6f5a1e-6d1c-4a55-9c5e-3f1f0c2b7a10' } } },
  },
  'post /api/v1/applications': {
    request: {
      restaurant: {
        summary: '开餐饮店：提交一件事申请（须带 Idempotency-Key）',
        value: {
          bundleCode: 'kai-canyindian',
          itemCodes: ['XK00119001', 'XK00801001'],
          answers: ANSWERS,
          form: {
            enterpriseName: '蓝山县湘味餐饮店',
            uscc: '92431127MA4QXW187M',
            legalRepresentative: '李湘味',
            legalRepIdNumber: '431127198506120329',
            businessAddress: '湖南省永州市蓝山县塔峰镇舜峰路18号',
            contactPhone: '13907465678',
            businessArea: 500,
            'XK00119001.foodCategory': '预包装食品销售',
          },
          attachments: [
            { uploadId: '1ed4dd4a-afc3-4c63-b5c6-93b25ca24ba2', materials: [{ itemCode: 'XK00119001', materialCode: 'application' }] },
            { uploadId: '87baa65a-6792-4b41-b33a-1dafd1934565', materials: [{ itemCode: 'XK00119001', materialCode: 'layout' }] },
          ],
          pickup: { mode: 'together', method: 'window' },
        },
      },
    },
    response: {
      submitted: {
        summary: '已提交',
        value: { id: '6c1e4a70-0a4f-4d8e-9d7b-6b2a8f1e3c55', number: 'BS4311272026030200001', status: 'submitted', statusName: '已提交，待受理', version: 1, title: '开餐饮店', submittedAt: '2026-03-02T01:00:00.000Z' },
      },
    },
  },
};
