import { makeUscc } from '../core/index.js';

/**
 * Licence types (证照类型): the codes shared with the catalog (items produce them, material specs accept them),
 * each with its GB/T 36904 type code (the defining ministry's USCC + a 3-digit sequence), the county department
 * that issues it, how long it is valid, and the template it is printed with.
 */
export type HolderKind = 'business' | 'citizen' | 'any';
export type TemplateLayout = 'certificate' | 'permit';

export interface LicenceField {
  key: string;
  label: string;
}

export interface LicenceType {
  code: string;
  name: string;
  /** Department code (src/identity) of the county department that issues it. */
  department: string;
  typeCode: string;
  definedBy: string;
  holderKind: HolderKind;
  /** Months of validity from the day of issue; null = long-term (长期). */
  validityMonths: number | null;
  layout: TemplateLayout;
  /** Printed in this order; values come from the case's form under these keys. */
  fields: LicenceField[];
  /** Printed under the fields (the legal basis or a notice to the holder). */
  note?: string;
}

/**
 * National defining authorities. Their codes here are well-formed USCCs made for the demo (valid check characters),
 * not the ministries' registered codes.
 */
const ministries = {
  samr: { name: '国家市场监督管理总局', uscc: makeUscc('11', '100000', '00001333') },
  nhc: { name: '国家卫生健康委员会', uscc: makeUscc('11', '100000', '00001355') },
  mps: { name: '中华人民共和国公安部', uscc: makeUscc('11', '100000', '00001301') },
  fire: { name: '国家消防救援局', uscc: makeUscc('11', '100000', '00001366') },
  mohurd: { name: '中华人民共和国住房和城乡建设部', uscc: makeUscc('11', '100000', '00001320') },
  mnr: { name: '中华人民共和国自然资源部', uscc: makeUscc('11', '100000', '00001377') },
  mohrss: { name: '中华人民共和国人力资源和社会保障部', uscc: makeUscc('11', '100000', '00001314') },
  mofcom: { name: '中华人民共和国商务部', uscc: makeUscc('11', '100000', '00001318') },
} as const;

type Ministry = keyof typeof ministries;

const f = (key: string, label: string): LicenceField => ({ key, label });

function define(t: Omit<LicenceType, 'typeCode' | 'definedBy'> & { ministry: Ministry; seq: number }): LicenceType {
  const { ministry, seq, ...rest } = t;
  return { ...rest, typeCode: ministries[ministry].uscc + String(seq).padStart(3, '0'), definedBy: ministries[ministry].name };
}

export const LICENCE_TYPES: readonly LicenceType[] = [
  define({
    code: 'business-licence', name: '营业执照', department: 'scjg', ministry: 'samr', seq: 1, holderKind: 'business', validityMonths: null, layout: 'certificate',
    fields: [f('name', '名称'), f('entityType', '类型'), f('legalRepresentative', '经营者'), f('address', '经营场所'), f('businessScope', '经营范围'), f('registeredCapital', '注册资本'), f('establishedOn', '注册日期')],
    note: '市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。',
  }),
  define({
    code: 'food-business-permit', name: '食品经营许可证', department: 'scjg', ministry: 'samr', seq: 2, holderKind: 'business', validityMonths: 60, layout: 'permit',
    fields: [f('name', '经营者名称'), f('legalRepresentative', '法定代表人（负责人）'), f('address', '经营场所'), f('mainBusiness', '主体业态'), f('businessItems', '经营项目')],
  }),
  define({
    code: 'public-health-permit', name: '公共场所卫生许可证', department: 'wjj', ministry: 'nhc', seq: 1, holderKind: 'business', validityMonths: 48, layout: 'permit',
    fields: [f('name', '单位名称'), f('legalRepresentative', '法定代表人'), f('address', '地址'), f('premisesType', '许可项目'), f('area', '营业面积')],
  }),
  define({
    code: 'fire-safety-permit', name: '公众聚集场所投入使用、营业前消防安全检查合格证', department: 'xfjy', ministry: 'fire', seq: 1, holderKind: 'business', validityMonths: null, layout: 'permit',
    fields: [f('name', '单位名称'), f('address', '场所地址'), f('premisesName', '场所名称'), f('area', '使用面积'), f('capacity', '容纳人数')],
    note: '经检查，该场所符合消防安全要求，准予投入使用、营业。',
  }),
  define({
    code: 'outdoor-ad-permit', name: '户外广告设施设置许可', department: 'cgj', ministry: 'mohurd', seq: 3, holderKind: 'business', validityMonths: 12, layout: 'permit',
    fields: [f('name', '设置人'), f('address', '设置地点'), f('facilityType', '设施形式'), f('size', '规格'), f('quantity', '数量')],
  }),
  define({
    code: 'drainage-permit', name: '城镇污水排入排水管网许可证', department: 'zjj', ministry: 'mohurd', seq: 1, holderKind: 'business', validityMonths: 60, layout: 'permit',
    fields: [f('name', '排水户名称'), f('address', '排水户地址'), f('dischargeOutlets', '排放口数量'), f('dailyVolume', '日排水量'), f('pollutants', '主要污染物')],
  }),
  define({
    code: 'birth-medical-certificate', name: '出生医学证明', department: 'wjj', ministry: 'nhc', seq: 2, holderKind: 'citizen', validityMonths: null, layout: 'permit',
    fields: [f('childName', '新生儿姓名'), f('sex', '性别'), f('bornAt', '出生时间'), f('birthplace', '出生地点'), f('motherName', '母亲姓名'), f('fatherName', '父亲姓名'), f('institution', '接生机构')],
  }),
  define({
    code: 'resident-id-card', name: '居民身份证', department: 'gaj', ministry: 'mps', seq: 1, holderKind: 'citizen', validityMonths: 240, layout: 'permit',
    fields: [f('name', '姓名'), f('sex', '性别'), f('ethnicity', '民族'), f('birthDate', '出生'), f('address', '住址')],
  }),
  define({
    code: 'household-register', name: '居民户口簿', department: 'gaj', ministry: 'mps', seq: 2, holderKind: 'citizen', validityMonths: null, layout: 'permit',
    fields: [f('householdHead', '户主姓名'), f('householdType', '户别'), f('address', '住址'), f('relation', '与户主关系'), f('members', '户内人数')],
  }),
  define({
    code: 'real-estate-certificate', name: '不动产权证书', department: 'zrzy', ministry: 'mnr', seq: 1, holderKind: 'any', validityMonths: null, layout: 'certificate',
    fields: [f('owner', '权利人'), f('ownership', '共有情况'), f('location', '坐落'), f('unitNumber', '不动产单元号'), f('rightType', '权利类型'), f('use', '用途'), f('area', '面积')],
  }),
  define({
    code: 'land-planning-permit', name: '建设用地规划许可证', department: 'zrzy', ministry: 'mnr', seq: 2, holderKind: 'any', validityMonths: null, layout: 'permit',
    fields: [f('name', '用地单位'), f('projectName', '项目名称'), f('location', '用地位置'), f('landUse', '用地性质'), f('area', '用地面积')],
  }),
  define({
    code: 'project-planning-permit', name: '建设工程规划许可证', department: 'zrzy', ministry: 'mnr', seq: 3, holderKind: 'any', validityMonths: 24, layout: 'permit',
    fields: [f('name', '建设单位'), f('projectName', '建设项目名称'), f('location', '建设位置'), f('scale', '建设规模')],
  }),
  define({
    code: 'construction-permit', name: '建筑工程施工许可证', department: 'zjj', ministry: 'mohurd', seq: 2, holderKind: 'any', validityMonths: null, layout: 'permit',
    fields: [f('name', '建设单位'), f('projectName', '工程名称'), f('location', '建设地址'), f('scale', '建设规模'), f('contractPrice', '合同价格'), f('contractor', '施工单位')],
  }),
  define({
    code: 'social-security-card', name: '社会保障卡', department: 'rsj', ministry: 'mohrss', seq: 1, holderKind: 'citizen', validityMonths: 120, layout: 'permit',
    fields: [f('name', '姓名'), f('cardNumber', '社会保障卡号'), f('bank', '发卡银行')],
  }),
  define({
    code: 'medical-institution-licence', name: '医疗机构执业许可证', department: 'wjj', ministry: 'nhc', seq: 3, holderKind: 'business', validityMonths: 60, layout: 'permit',
    fields: [f('name', '机构名称'), f('address', '地址'), f('legalRepresentative', '法定代表人'), f('principal', '主要负责人'), f('institutionType', '类别'), f('departments', '诊疗科目')],
  }),
  define({
    code: 'liquor-retail-filing', name: '酒类零售经营备案', department: 'scjg', ministry: 'mofcom', seq: 1, holderKind: 'business', validityMonths: null, layout: 'permit',
    fields: [f('name', '经营者名称'), f('address', '经营地址'), f('legalRepresentative', '负责人'), f('scope', '经营范围')],
  }),
];

const byCode = new Map(LICENCE_TYPES.map((t) => [t.code, t]));
const byTypeCode = new Map(LICENCE_TYPES.map((t) => [t.typeCode, t]));

export const licenceTypeOf = (code: string): LicenceType | undefined => byCode.get(code);
export const licenceTypeByTypeCode = (typeCode: string): LicenceType | undefined => byTypeCode.get(typeCode);

/** The business licence is the one whose QR also lists every permit of the business (一照通). */
export const COMBINED_LICENCE_TYPE = 'business-licence';
