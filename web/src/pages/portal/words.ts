// shared with the server (src/http/portal-pages.ts), whose module resolution wants the file's extension
import type { Pair } from '../../i18n/pair.ts';

/**
 * The words of the portal's home page, an item's guide and the site search, in both languages. The pages here use
 * them, and so does the server's first paint of the same pages (src/http/portal-pages.ts): one copy of what they say.
 */
export const portalHomeWords = {
  'portal.heroTitle': ['一次告知，一表申请，一窗受理，一次办好', 'Told once, one form, one window, done once'],
  'portal.heroText': ['说出要办的事，找到要办的事项和要交的材料；已有的电子证照自动复用，不再重复提交。', 'Say what you need to do to find the services and materials; e-licences you already hold are reused.'],
  'portal.popular': ['高频事项', 'Most used services'],
  'portal.bundle': ['一件事', 'Bundle'],
  'portal.uses': ['{n} 件', '{n}'],
} as const satisfies Record<string, Pair>;

export const guideWords = {
  'guide.department': ['实施主体', 'Authority'],
  'guide.power': ['权力事项', 'Power'],
  'guide.powerText': ['{name}（{kind}）', '{name} ({kind})'],
  'guide.delegated': ['赋权办理', 'Delegated'],
  'guide.delegatedText': ['{delegate}（{mode}）：{scope}', '{delegate} ({mode}): {scope}'],
  'guide.kind': ['事项类型', 'Kind'],
  'guide.code': ['实施编码', 'Implementation code'],
  'guide.legalDays': ['法定时限', 'Statutory limit'],
  'guide.promisedDays': ['承诺时限', 'Promised limit'],
  'guide.visits': ['到现场次数', 'Visits'],
  'guide.place': ['办理地点', 'Place'],
  'guide.hours': ['办理时间', 'Office hours'],
  'guide.phone': ['咨询电话', 'Phone'],
  'guide.fees': ['收费', 'Fees'],
  'guide.basis': ['设定依据', 'Legal basis'],
  'guide.conditions': ['办理条件', 'Conditions'],
  'guide.materials': ['申请材料', 'Materials'],
  'guide.steps': ['办理流程', 'Steps'],
  'guide.material': ['材料名称', 'Material'],
  'guide.form': ['形式', 'Form'],
  'guide.count': ['份数', 'Copies'],
  'guide.required': ['必要性', 'Needed'],
  'guide.mandatory': ['必须', 'Required'],
  'guide.optional': ['视情况', 'If applicable'],
  'guide.materialBasis': ['为什么需要（依据）', 'Why (legal basis)'],
  'guide.reuse': ['可免提交', 'May be skipped'],
  'guide.reuseLicence': ['持有电子证照“{type}”可免交', 'Skipped if you hold the e-licence "{type}"'],
  'guide.reuseData': ['填写并核验相关信息后免交', 'Skipped once the data is filled in and verified'],
  'guide.commitment': ['可告知承诺', 'Commitment allowed'],
  'guide.commitmentText': ['告知承诺', 'Commitment'],
  'guide.start': ['生成一次性告知单', 'Get the one-time notice'],
  'guide.noConditions': ['无特别条件', 'No special conditions'],
  'guide.free': ['不收费', 'Free'],
} as const satisfies Record<string, Pair>;

export const siteSearchWords = {
  'siteSearch.label': ['搜索要办的事', 'Search for what you need to do'],
  'siteSearch.placeholder': ['如：开饭店、营业执照、出生；也可输入办件号查进度', 'e.g. open a restaurant, business licence; or an application number'],
} as const satisfies Record<string, Pair>;

/** The portal's menu entries open to visitors (the route table names them, web/src/routes.tsx), in their order. */
export const visitorMenu = {
  '/portal': ['首页', 'Home'],
  '/portal/bundles': ['一件事', 'Bundles'],
  '/portal/catalog': ['办事指南', 'Guides'],
  '/portal/progress': ['进度查询', 'Follow an application'],
  '/portal/tickets': ['12345 诉求', '12345 hotline'],
} as const satisfies Record<string, Pair>;

/**
 * 办件号 (431127-20260302-000123) or 12345 工单号 (RX…): typed into the search box, they open the progress lookup.
 * The running number at the end is at least 6 (5) digits and grows past that at a province's volume (1000000).
 */
export const APPLICATION_NUMBER = /^\d{6}-\d{8}-\d{6,}$/;
export const TICKET_NUMBER = /^RX\d{13,}$/i;
