/** A small 开餐饮店 bundle for the pure tests: alcohol, signboard and area decide the items and materials. */
import type { BundleView, DataElementView, ItemView, MaterialView } from '../model.js';

const idCard: MaterialView = { code: 'applicant-id', name: '申请人身份证明', form: '原件', copies: 1, required: true, legalBasis: '《市场主体登记管理条例》第十六条', acceptsLicenceTypes: ['resident-id-card'] };
const premises: MaterialView = { code: 'premises-proof', name: '经营场所使用证明', form: '复印件', copies: 1, required: true, legalBasis: '《市场主体登记管理条例实施细则》第二十六条', acceptsLicenceTypes: ['real-estate-certificate'] };
const bizLicence: MaterialView = { code: 'business-licence-copy', name: '营业执照', form: '复印件', copies: 1, required: true, legalBasis: '《食品经营许可和备案管理办法》第十二条', acceptsLicenceTypes: ['business-licence'] };

const base = { itemKind: 'licence', legalDays: 20, promisedDays: 5, immediate: false, commitment: false, fees: [], visits: 1, place: '蓝山县政务服务中心一楼“一照通”综合窗口', conditions: [] };

export const registration: ItemView = {
  ...base,
  versionId: 'v-reg',
  itemCode: 'XK00101001',
  name: '个体工商户设立登记',
  itemKind: 'confirmation',
  authority: { id: 'dept-scjg', code: 'scjg', name: '蓝山县市场监督管理局' },
  legalDays: 15,
  promisedDays: 0,
  immediate: true,
  legalBasis: '《促进个体工商户发展条例》',
  produces: 'business-licence',
  conditions: [{ text: '有经营能力的自然人' }],
  materials: [idCard, premises, { code: 'proxy', name: '授权委托书', form: '原件', copies: 1, required: true, requiredIf: { field: 'byAgent', eq: true }, legalBasis: '《市场主体登记管理条例实施细则》第二十六条', acceptsLicenceTypes: [] }, { code: 'application', name: '个体工商户登记（备案）申请书', form: '原件', copies: 1, required: true, legalBasis: '《市场主体登记管理条例》第十六条', acceptsLicenceTypes: [] }],
  formFields: [
    { key: 'orgName', dataElement: 'orgName', label: '名称', type: 'text', required: true },
    { key: 'operatorName', dataElement: 'legalRepName', label: '经营者姓名', type: 'text', required: true },
    { key: 'operatorId', dataElement: 'legalRepIdNumber', label: '经营者身份证号', type: 'idNumber', required: true },
    { key: 'address', dataElement: 'businessAddress', label: '经营场所', type: 'text', required: true },
    { key: 'capital', label: '资金数额（万元）', type: 'number', required: true, min: 0 },
    { key: 'byAgent', label: '是否委托他人办理', type: 'enum', required: false, options: [{ value: 'true', label: 'true' }, { value: 'false', label: 'false' }] },
    { key: 'agentName', label: '受托人姓名', type: 'text', required: true, visibleIf: { field: 'byAgent', eq: true } },
  ],
};

export const foodPermit: ItemView = {
  ...base,
  versionId: 'v-food',
  itemCode: 'XK00102001',
  name: '食品经营许可',
  authority: { id: 'dept-scjg', code: 'scjg', name: '蓝山县市场监督管理局' },
  legalBasis: '《中华人民共和国食品安全法》第三十五条',
  produces: 'food-business-permit',
  fees: [{ name: '不收费', amount: 0 }],
  conditions: [{ text: '具有与经营的食品品种、数量相适应的经营场所' }, { text: '经营面积 500 平方米以上的，应配备专职食品安全管理人员', appliesIf: { q: 'area', gte: 500 } }],
  materials: [
    bizLicence,
    { ...idCard, legalBasis: '《食品经营许可和备案管理办法》第十二条' },
    { code: 'food-layout', name: '经营设施布局和操作流程图', form: '原件', copies: 1, required: true, legalBasis: '《食品经营许可和备案管理办法》第十二条', acceptsLicenceTypes: [] },
    { code: 'food-safety-manager', name: '食品安全管理人员证明', form: '复印件', copies: 1, required: true, requiredIf: { q: 'area', gte: 500 }, legalBasis: '《食品经营许可和备案管理办法》第十二条', acceptsLicenceTypes: [] },
  ],
  formFields: [
    { key: 'orgName', dataElement: 'orgName', label: '经营者名称', type: 'text', required: true },
    { key: 'uscc', dataElement: 'uscc', label: '统一社会信用代码', type: 'uscc', required: false },
    { key: 'address', dataElement: 'businessAddress', label: '经营场所', type: 'text', required: true },
    { key: 'phone', dataElement: 'contactPhone', label: '联系电话', type: 'phone', required: true },
    { key: 'area', dataElement: 'businessArea', label: '经营面积', type: 'number', required: true, min: 1 },
    { key: 'category', label: '主体业态', type: 'enum', required: true, options: [{ value: 'restaurant', label: '餐饮服务经营者' }, { value: 'canteen', label: '单位食堂' }] },
  ],
};

export const liquor: ItemView = {
  ...base,
  versionId: 'v-liquor',
  itemCode: 'BA00103001',
  name: '酒类零售经营备案',
  itemKind: 'filing',
  authority: { id: 'dept-scjg', code: 'scjg', name: '蓝山县市场监督管理局' },
  legalDays: 5,
  promisedDays: 1,
  legalBasis: '《湖南省酒类管理条例》',
  produces: 'liquor-retail-filing',
  materials: [{ ...bizLicence, legalBasis: '《湖南省酒类管理条例》第十条' }, { code: 'application', name: '酒类零售经营备案表', form: '原件', copies: 1, required: true, legalBasis: '《湖南省酒类管理条例》第十条', acceptsLicenceTypes: [] }],
  formFields: [
    { key: 'orgName', dataElement: 'orgName', label: '经营者名称', type: 'text', required: true },
    { key: 'startDate', label: '开始经营日期', type: 'date', required: true },
    { key: 'byAgent', label: '是否委托他人办理', type: 'enum', required: false, options: [{ value: 'true', label: 'true' }, { value: 'false', label: 'false' }] },
  ],
};

export const signboard: ItemView = {
  ...base,
  versionId: 'v-sign',
  itemCode: 'XK00104001',
  name: '户外广告设施设置许可',
  authority: { id: 'dept-cgj', code: 'cgj', name: '蓝山县城市管理和综合执法局' },
  legalBasis: '《城市市容和环境卫生管理条例》第十一条',
  produces: 'outdoor-ad-permit',
  visits: 2,
  place: '蓝山县政务服务中心二楼城管窗口',
  materials: [
    premises,
    { code: 'sign-design', name: '广告设施设计图', form: '原件', copies: 2, required: true, legalBasis: '《城市市容和环境卫生管理条例》第十一条', acceptsLicenceTypes: [] },
    { code: 'sign-safety', name: '结构安全检测报告', form: '原件', copies: 1, required: true, requiredIf: { q: 'signboardArea', gt: 10 }, legalBasis: '《湖南省户外广告设置管理办法》第九条', acceptsLicenceTypes: [] },
  ],
  formFields: [{ key: 'address', dataElement: 'businessAddress', label: '设置地点', type: 'text', required: true }, { key: 'size', label: '招牌面积（平方米）', type: 'number', required: true, min: 0.1 }],
};

export const fireCheck: ItemView = {
  ...base,
  versionId: 'v-fire',
  itemCode: 'XK00105001',
  name: '公众聚集场所投入使用、营业前消防安全检查',
  authority: { id: 'dept-xfjy', code: 'xfjy', name: '蓝山县消防救援大队' },
  legalDays: 10,
  promisedDays: 7,
  commitment: true,
  legalBasis: '《中华人民共和国消防法》第十五条',
  produces: 'fire-safety-permit',
  materials: [bizLicence, premises, { code: 'fire-commitment', name: '消防安全告知承诺书', form: '原件', copies: 1, required: true, legalBasis: '《中华人民共和国消防法》第十五条', acceptsLicenceTypes: [] }],
  formFields: [{ key: 'area', dataElement: 'businessArea', label: '建筑面积', type: 'number', required: true, min: 300 }],
};

export const restaurantBundle: BundleView = {
  code: 'open-restaurant',
  versionId: 'bv-1',
  name: '我要开餐饮店',
  promisedDays: 5,
  promisedHours: null,
  place: '蓝山县政务服务中心一楼“一照通”综合窗口',
  description: '个体工商户登记、食品经营许可及相关许可一次办',
  questions: [
    { key: 'area', text: '经营场所面积是多少？', kind: 'number', min: 1, max: 100000, unit: '平方米' },
    { key: 'alcohol', text: '是否销售酒类？', kind: 'yesno' },
    { key: 'signboard', text: '是否设置户外招牌？', kind: 'yesno' },
    { key: 'signboardArea', text: '户外招牌面积是多少？', kind: 'number', min: 0.1, max: 500, unit: '平方米', visibleIf: { q: 'signboard', eq: true } },
    { key: 'premises', text: '经营场所是自有还是租赁？', kind: 'choice', options: [{ value: 'own', label: '自有' }, { value: 'rent', label: '租赁' }] },
  ],
  items: [
    { item: registration },
    { item: foodPermit, dependsOn: [{ itemCode: 'XK00101001', reason: '需先取得营业执照' }] },
    { item: liquor, includeIf: { q: 'alcohol', eq: true } },
    { item: signboard, includeIf: { q: 'signboard', eq: true } },
    { item: fireCheck, includeIf: { q: 'area', gte: 300 } },
  ],
};

export const dataElements = new Map<string, DataElementView>(
  [
    { code: 'orgName', name: '企业（字号）名称', type: 'text', maxLength: 100, profileKey: 'orgName', licenceTypes: ['business-licence'] },
    { code: 'uscc', name: '统一社会信用代码', type: 'uscc', profileKey: 'uscc', licenceTypes: ['business-licence'] },
    { code: 'legalRepName', name: '法定代表人（经营者）姓名', type: 'text', profileKey: 'name' },
    { code: 'legalRepIdNumber', name: '法定代表人（经营者）身份证号', type: 'idNumber', profileKey: 'idNumber' },
    { code: 'businessAddress', name: '经营场所地址', type: 'text', maxLength: 200, licenceTypes: ['business-licence', 'food-business-permit'] },
    { code: 'contactPhone', name: '联系电话', type: 'phone', profileKey: 'phone' },
    { code: 'businessArea', name: '经营面积（平方米）', type: 'number' },
  ].map((e) => [e.code, e as DataElementView]),
);
