import { makeUscc } from '../core/index.js';

/**
 * Licence types (证照类型): the codes shared with the catalog (items produce them, material specs accept them),
 * each with its GB/T 36904 type code (the defining ministry's USCC + a 3-digit sequence), the county department
 * that issues it, how long it is valid, and the template it is printed with.
 */
export type HolderKind = 'business' | 'citizen' | 'any';
export type TemplateLayout = 'certificate' | 'permit';

/** A licence's data: its fields' values under their keys, as signed. */
export type LicenceData = Record<string, string | number>;

/**
 * How a value is printed: `date` YYYY-MM-DD as 2026年3月2日, `area` square metres, `capital` 万元, `idNumber` a
 * citizen's number, always masked where it is shown (a licence hangs on walls and travels as a file).
 */
export type FieldKind = 'text' | 'date' | 'area' | 'capital' | 'idNumber';

/** Where a field's value comes from when it is not in the data: the licence's own holder, validity or issuer. */
export type FieldSource = 'holderId' | 'validUntil' | 'validity' | 'issuer';

export interface LicenceField {
  key: string;
  /** The label of the national e-licence catalogue (全国一体化政务服务平台电子证照目录). */
  label: string;
  kind?: FieldKind;
  from?: FieldSource;
  /** The label for some holders (个体工商户: 经营者 instead of 法定代表人). */
  labelFor?: (data: LicenceData) => string | undefined;
  /** Printed only when this holds (a company's 营业期限, not an individual business's). */
  when?: (data: LicenceData) => boolean;
  /** On a certificate, printed in the right-hand column, as on paper. */
  side?: 'right';
}

/** What a decided case says about the licence it produces: the application's form for that item and its applicant. */
export interface CaseFacts {
  itemCode: string;
  itemName: string;
  /** The item's fields of the merged form (shared fields and the item's own). */
  form: Record<string, unknown>;
  applicant: { name: string; idNumber: string | null; uscc: string | null; orgName: string | null };
}

/** What the issue itself fixes: the holder, the serial within the year, the dates and the issuing authority. */
export interface IssueContext {
  holderKind: 'business' | 'citizen';
  holderId: string;
  holderName: string;
  year: number;
  seq: number;
  validFrom: string;
  validUntil: string | null;
  issuerName: string;
  /** The issuing authority's region code (6 digits). */
  issuerRegion: string;
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
  /** Printed in this order, nothing else: the type's content. */
  fields: LicenceField[];
  /**
   * What tells two licences of this type of one holder apart (a food permit per 经营场所, a certificate per 坐落):
   * the holder holds one licence per type and scope. No scope: one per holder and type.
   */
  scope?: string[];
  /** Maps a decided case onto the fields (keys of `fields` without `from`). */
  fromCase: (facts: CaseFacts, ctx: IssueContext) => LicenceData;
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

const f = (key: string, label: string, more: Partial<LicenceField> = {}): LicenceField => ({ key, label, ...more });

function define(t: Omit<LicenceType, 'typeCode' | 'definedBy'> & { ministry: Ministry; seq: number }): LicenceType {
  const { ministry, seq, ...rest } = t;
  return { ...rest, typeCode: ministries[ministry].uscc + String(seq).padStart(3, '0'), definedBy: ministries[ministry].name };
}

// ---- reading a case's form ----

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
/** The data without the values the case does not give. */
function pick(values: Record<string, string | number | undefined>): LicenceData {
  const out: LicenceData = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v;
  return out;
}
const legalRep = (c: CaseFacts) => text(c.form.legalRepresentative) ?? c.applicant.name;
const businessAddress = (c: CaseFacts) => text(c.form.businessAddress);

/** Sex and birth date as a citizen's ID number states them (GB 11643: positions 7-14, and 17 odd for men). */
const sexOf = (idNumber: string) => (Number(idNumber[16]) % 2 === 1 ? '男' : '女');
const birthDateOf = (idNumber: string) => `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;

const PROVINCES: Record<string, string> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '蒙', '21': '辽', '22': '吉', '23': '黑', '31': '沪', '32': '苏', '33': '浙', '34': '皖', '35': '闽', '36': '赣',
  '37': '鲁', '41': '豫', '42': '鄂', '43': '湘', '44': '粤', '45': '桂', '46': '琼', '50': '渝', '51': '川', '52': '黔', '53': '滇', '54': '藏', '61': '陕', '62': '甘',
  '63': '青', '64': '宁', '65': '新',
};
const provinceOf = (region: string) => PROVINCES[region.slice(0, 2)] ?? '';
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO/IEC 7064 MOD 11,10 check digit over a string of digits. */
export function mod1110(digits: string): string {
  let p = 10;
  for (const ch of digits) {
    const s = (p + Number(ch)) % 10 || 10;
    p = (s * 2) % 11;
  }
  return String((11 - p) % 10);
}

/**
 * 食品经营许可证编号 (《食品经营许可和备案管理办法》): JY, the kind of operator (1 食品销售, 2 餐饮服务, 3 单位食堂),
 * the county's region code, a 6-digit serial and a check digit (here ISO/IEC 7064 MOD 11,10).
 */
export function foodPermitNumber(mainBusiness: string | undefined, region: string, seq: number): string {
  const kind = mainBusiness === '餐饮服务经营者' ? '2' : mainBusiness === '单位食堂' ? '3' : '1';
  const digits = kind + region + pad(seq, 6);
  return `JY${digits}${mod1110(digits)}`;
}

const isIndividualBusiness = (d: LicenceData) => d.entityType === '个体工商户';
const byEntity = (labels: Record<string, string>) => (d: LicenceData) => labels[String(d.entityType ?? '')];

const VENUE_KINDS: Record<string, string> = {
  宾馆: '住宿场所', 理发店: '美容美发场所', 美容店: '美容美发场所', 沐浴场所: '沐浴场所', 游泳场所: '游泳场所', 歌舞厅: '文化娱乐场所', 商场: '购物场所',
};

export const LICENCE_TYPES: readonly LicenceType[] = [
  define({
    code: 'business-licence', name: '营业执照', department: 'scjg', ministry: 'samr', seq: 1, holderKind: 'business', validityMonths: null, layout: 'certificate',
    fields: [
      f('holderId', '统一社会信用代码', { from: 'holderId' }),
      f('name', '名称'),
      f('entityType', '类型'),
      f('legalRepresentative', '法定代表人', { labelFor: byEntity({ 个体工商户: '经营者', 合伙企业: '执行事务合伙人', 个人独资企业: '投资人' }) }),
      f('composition', '组成形式'),
      f('businessScope', '经营范围'),
      f('registeredCapital', '注册资本', { kind: 'capital', side: 'right' }),
      f('establishedOn', '成立日期', { kind: 'date', side: 'right', labelFor: byEntity({ 个体工商户: '注册日期' }) }),
      f('operatingTerm', '营业期限', { from: 'validity', side: 'right', when: (d) => !isIndividualBusiness(d) }),
      f('address', '住所', { side: 'right', labelFor: byEntity({ 个体工商户: '经营场所' }) }),
    ],
    fromCase: (c, ctx) => {
      const individual = text(c.form.enterpriseType) === '个体工商户' || (!text(c.form.enterpriseType) && (c.itemName.includes('个体工商户') || ctx.holderId.startsWith('92')));
      return pick({
        name: ctx.holderName,
        entityType: individual ? '个体工商户' : text(c.form.enterpriseType),
        legalRepresentative: legalRep(c),
        composition: individual ? '个人经营' : undefined,
        businessScope: text(c.form.businessScope),
        registeredCapital: individual ? undefined : num(c.form.registeredCapital),
        establishedOn: ctx.validFrom,
        address: businessAddress(c),
      });
    },
    note: '市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。',
  }),
  define({
    code: 'food-business-permit', name: '食品经营许可证', department: 'scjg', ministry: 'samr', seq: 2, holderKind: 'business', validityMonths: 60, layout: 'permit',
    scope: ['address'],
    fields: [
      f('name', '经营者名称'),
      f('holderId', '社会信用代码（身份证号码）', { from: 'holderId' }),
      f('legalRepresentative', '法定代表人（负责人）'),
      f('domicile', '住所'),
      f('address', '经营场所'),
      f('mainBusiness', '主体业态'),
      f('businessItems', '经营项目'),
      f('permitNumber', '许可证编号'),
      f('validUntil', '有效期至', { from: 'validUntil' }),
      f('supervisor', '日常监督管理机构'),
    ],
    fromCase: (c, ctx) => {
      const items = text(c.form.foodCategory);
      const mainBusiness = items ? (items.includes('制售') ? '餐饮服务经营者' : '食品销售经营者') : undefined;
      return pick({
        name: ctx.holderName,
        legalRepresentative: legalRep(c),
        domicile: businessAddress(c),
        address: businessAddress(c),
        mainBusiness,
        businessItems: items,
        permitNumber: foodPermitNumber(mainBusiness, ctx.issuerRegion, ctx.seq),
        supervisor: ctx.issuerName,
      });
    },
    note: '投诉举报电话：12315',
  }),
  define({
    code: 'public-health-permit', name: '公共场所卫生许可证', department: 'wjj', ministry: 'nhc', seq: 1, holderKind: 'business', validityMonths: 48, layout: 'permit',
    scope: ['address'],
    fields: [
      f('permitNumber', '卫生许可证号'),
      f('name', '单位名称'),
      f('legalRepresentative', '法定代表人（负责人）'),
      f('address', '地址'),
      f('premisesType', '许可项目'),
      f('area', '营业面积', { kind: 'area' }),
      f('validity', '有效期限', { from: 'validity' }),
    ],
    fromCase: (c, ctx) => {
      const venue = text(c.form.venueType);
      return pick({
        permitNumber: `${provinceOf(ctx.issuerRegion)}卫公证字〔${ctx.year}〕第${ctx.issuerRegion}${pad(ctx.seq, 6)}号`,
        name: ctx.holderName,
        legalRepresentative: legalRep(c),
        address: businessAddress(c),
        premisesType: venue ? (VENUE_KINDS[venue] ?? venue) : undefined,
        area: num(c.form.businessArea),
      });
    },
  }),
  define({
    code: 'fire-safety-permit', name: '公众聚集场所投入使用、营业前消防安全检查合格证', department: 'xfjy', ministry: 'fire', seq: 1, holderKind: 'business', validityMonths: null, layout: 'permit',
    scope: ['address'],
    fields: [f('name', '单位名称'), f('premisesName', '场所名称'), f('address', '场所地址'), f('legalRepresentative', '法定代表人（主要负责人）'), f('area', '使用面积', { kind: 'area' })],
    fromCase: (c, ctx) => pick({ name: ctx.holderName, premisesName: ctx.holderName, address: businessAddress(c), legalRepresentative: legalRep(c), area: num(c.form.businessArea) }),
    note: '经检查，该场所符合消防安全要求，准予投入使用、营业。',
  }),
  define({
    code: 'outdoor-ad-permit', name: '户外广告设施设置许可', department: 'cgj', ministry: 'mohurd', seq: 3, holderKind: 'business', validityMonths: 12, layout: 'permit',
    scope: ['address'],
    fields: [f('name', '设置人'), f('address', '设置地点'), f('facilityType', '设施形式'), f('size', '设置面积', { kind: 'area' }), f('validity', '设置期限', { from: 'validity' })],
    fromCase: (c, ctx) => pick({ name: ctx.holderName, address: businessAddress(c), facilityType: num(c.form.signboardArea) !== undefined ? '门头招牌' : undefined, size: num(c.form.signboardArea) }),
  }),
  define({
    code: 'drainage-permit', name: '城镇污水排入排水管网许可证', department: 'zjj', ministry: 'mohurd', seq: 1, holderKind: 'business', validityMonths: 60, layout: 'permit',
    scope: ['address'],
    fields: [
      f('name', '排水户名称'), f('legalRepresentative', '法定代表人'), f('address', '排水户地址'), f('drainageType', '排水户类型'), f('dischargeOutlets', '排放口数量'),
      f('dailyVolume', '日排水量'), f('pollutants', '主要污染物'), f('validity', '有效期限', { from: 'validity' }),
    ],
    fromCase: (c, ctx) => pick({ name: ctx.holderName, legalRepresentative: legalRep(c), address: businessAddress(c) }),
  }),
  define({
    code: 'birth-medical-certificate', name: '出生医学证明', department: 'wjj', ministry: 'nhc', seq: 2, holderKind: 'citizen', validityMonths: null, layout: 'permit',
    scope: ['childName'],
    fields: [
      f('childName', '新生儿姓名'), f('sex', '性别'), f('bornAt', '出生日期', { kind: 'date' }), f('birthplace', '出生地点'),
      f('motherName', '母亲姓名'), f('motherIdNumber', '母亲有效身份证件号码', { kind: 'idNumber' }), f('fatherName', '父亲姓名'), f('fatherIdNumber', '父亲有效身份证件号码', { kind: 'idNumber' }),
    ],
    fromCase: (c) =>
      pick({
        childName: text(c.form.babyName), sex: text(c.form.gender), bornAt: text(c.form.birthDate), birthplace: text(c.form.birthPlace),
        motherName: text(c.form.motherName), motherIdNumber: text(c.form.motherIdNumber), fatherName: text(c.form.fatherName), fatherIdNumber: text(c.form.fatherIdNumber),
      }),
  }),
  define({
    code: 'resident-id-card', name: '居民身份证', department: 'gaj', ministry: 'mps', seq: 1, holderKind: 'citizen', validityMonths: 240, layout: 'permit',
    fields: [
      f('name', '姓名'), f('sex', '性别'), f('ethnicity', '民族'), f('birthDate', '出生', { kind: 'date' }), f('address', '住址'),
      f('holderId', '公民身份号码', { from: 'holderId' }), f('issuer', '签发机关', { from: 'issuer' }), f('validity', '有效期限', { from: 'validity' }),
    ],
    fromCase: (c, ctx) =>
      pick({ name: text(c.form.applicantName) ?? ctx.holderName, sex: sexOf(ctx.holderId), birthDate: birthDateOf(ctx.holderId), address: text(c.form.residenceAddress) ?? text(c.form.householdAddress) }),
  }),
  define({
    code: 'household-register', name: '居民户口簿', department: 'gaj', ministry: 'mps', seq: 2, holderKind: 'citizen', validityMonths: null, layout: 'permit',
    fields: [
      f('householdType', '户别'), f('householdHead', '户主姓名'), f('address', '住址'), f('members', '户内人数'),
      f('name', '姓名'), f('relation', '与户主关系'), f('sex', '性别'), f('birthDate', '出生日期', { kind: 'date' }), f('birthplace', '出生地'),
    ],
    fromCase: (c) =>
      pick({ address: text(c.form.householdAddress), name: text(c.form.babyName) ?? text(c.form.applicantName), sex: text(c.form.gender), birthDate: text(c.form.birthDate), birthplace: text(c.form.birthPlace) }),
  }),
  define({
    code: 'real-estate-certificate', name: '不动产权证书', department: 'zrzy', ministry: 'mnr', seq: 1, holderKind: 'any', validityMonths: null, layout: 'certificate',
    scope: ['location'],
    fields: [
      f('certificateNumber', '证书号'), f('owner', '权利人'), f('ownership', '共有情况'), f('location', '坐落'), f('unitNumber', '不动产单元号'),
      f('rightType', '权利类型', { side: 'right' }), f('use', '用途', { side: 'right' }), f('area', '面积', { kind: 'area', side: 'right' }),
    ],
    fromCase: (c, ctx) =>
      pick({
        certificateNumber: `${provinceOf(ctx.issuerRegion)}（${ctx.year}）不动产权第${pad(ctx.seq, 7)}号`,
        owner: text(c.form.buyerName) ?? ctx.holderName,
        location: text(c.form.propertyLocation),
        rightType: '国有建设用地使用权/房屋所有权',
        area: num(c.form.buildingArea),
      }),
  }),
  define({
    code: 'land-planning-permit', name: '建设用地规划许可证', department: 'zrzy', ministry: 'mnr', seq: 2, holderKind: 'any', validityMonths: null, layout: 'permit',
    scope: ['projectName'],
    fields: [f('permitNumber', '编号'), f('name', '用地单位'), f('projectName', '用地项目名称'), f('location', '用地位置'), f('landUse', '用地性质'), f('area', '用地面积', { kind: 'area' }), f('scale', '建设规模', { kind: 'area' })],
    fromCase: (c, ctx) =>
      pick({ permitNumber: `地字第${ctx.issuerRegion}${ctx.year}${pad(ctx.seq, 5)}号`, name: ctx.holderName, projectName: text(c.form.projectName), location: text(c.form.projectAddress), area: num(c.form.landArea), scale: num(c.form.buildingArea) }),
  }),
  define({
    code: 'project-planning-permit', name: '建设工程规划许可证', department: 'zrzy', ministry: 'mnr', seq: 3, holderKind: 'any', validityMonths: 24, layout: 'permit',
    scope: ['projectName'],
    fields: [f('permitNumber', '编号'), f('name', '建设单位（个人）'), f('projectName', '建设项目名称'), f('location', '建设位置'), f('scale', '建设规模', { kind: 'area' })],
    fromCase: (c, ctx) =>
      pick({ permitNumber: `建字第${ctx.issuerRegion}${ctx.year}${pad(ctx.seq, 5)}号`, name: ctx.holderName, projectName: text(c.form.projectName), location: text(c.form.projectAddress), scale: num(c.form.buildingArea) }),
  }),
  define({
    code: 'construction-permit', name: '建筑工程施工许可证', department: 'zjj', ministry: 'mohurd', seq: 2, holderKind: 'any', validityMonths: null, layout: 'permit',
    scope: ['projectName'],
    fields: [f('name', '建设单位'), f('projectName', '工程名称'), f('location', '建设地址'), f('scale', '建设规模', { kind: 'area' }), f('projectCode', '项目代码'), f('contractPrice', '合同价格'), f('contractor', '施工单位')],
    fromCase: (c, ctx) => pick({ name: ctx.holderName, projectName: text(c.form.projectName), location: text(c.form.projectAddress), scale: num(c.form.buildingArea), projectCode: text(c.form.projectCode) }),
  }),
  // 竣工联合验收意见书: issued by the lead department once every department on the one inspection visit passed the project
  define({
    code: 'joint-acceptance-certificate', name: '竣工联合验收意见书', department: 'zjj', ministry: 'mohurd', seq: 9, holderKind: 'business', validityMonths: null, layout: 'permit',
    scope: ['projectCode'],
    fields: [f('certificateNo', '编号'), f('name', '建设单位'), f('projectName', '工程名称'), f('projectCode', '项目代码'), f('location', '建设地点'), f('conclusion', '验收结论'), f('departments', '参加验收部门')],
    fromCase: (c, ctx) => pick({ name: ctx.holderName, projectName: text(c.form.projectName), projectCode: text(c.form.projectCode), location: text(c.form.projectAddress) }),
  }),
  define({
    code: 'social-security-card', name: '社会保障卡', department: 'rsj', ministry: 'mohrss', seq: 1, holderKind: 'citizen', validityMonths: 120, layout: 'permit',
    fields: [f('name', '姓名'), f('holderId', '社会保障号码', { from: 'holderId' }), f('bank', '发卡银行'), f('validity', '有效期限', { from: 'validity' })],
    fromCase: (c, ctx) => pick({ name: text(c.form.applicantName) ?? ctx.holderName, bank: text(c.form.bankName) }),
  }),
  define({
    code: 'medical-institution-licence', name: '医疗机构执业许可证', department: 'wjj', ministry: 'nhc', seq: 3, holderKind: 'business', validityMonths: 60, layout: 'permit',
    scope: ['address'],
    fields: [f('name', '机构名称'), f('address', '地址'), f('legalRepresentative', '法定代表人'), f('principal', '主要负责人'), f('institutionType', '类别'), f('departments', '诊疗科目'), f('validity', '有效期限', { from: 'validity' })],
    fromCase: (c, ctx) => pick({ name: ctx.holderName, address: businessAddress(c), legalRepresentative: legalRep(c), principal: legalRep(c) }),
  }),
  define({
    code: 'liquor-retail-filing', name: '酒类零售经营备案', department: 'scjg', ministry: 'mofcom', seq: 1, holderKind: 'business', validityMonths: null, layout: 'permit',
    scope: ['address'],
    fields: [f('name', '经营者名称'), f('holderId', '统一社会信用代码', { from: 'holderId' }), f('legalRepresentative', '负责人'), f('address', '经营地址'), f('scope', '经营范围')],
    fromCase: (c, ctx) =>
      pick({ name: ctx.holderName, legalRepresentative: legalRep(c), address: businessAddress(c), scope: text(c.form.sellsBulkLiquor) === 'true' ? '酒类零售（含散装酒）' : '酒类零售（预包装酒类）' }),
  }),
];

const byCode = new Map(LICENCE_TYPES.map((t) => [t.code, t]));
const byTypeCode = new Map(LICENCE_TYPES.map((t) => [t.typeCode, t]));

export const licenceTypeOf = (code: string): LicenceType | undefined => byCode.get(code);
export const licenceTypeByTypeCode = (typeCode: string): LicenceType | undefined => byTypeCode.get(typeCode);

/** What a new version keeps from the one before: the numbers and the founding date the holder is known by. */
export const KEPT_ON_NEW_VERSION = ['establishedOn', 'permitNumber', 'certificateNumber'] as const;

/** The scope of a licence of this type, as a comparable text ('' when the type has none). */
export const scopeOf = (type: LicenceType, data: Record<string, unknown>) => (type.scope ?? []).map((k) => String(data[k] ?? '').trim()).join('\u0000');

/** The business licence is the one whose QR also lists every permit of the business (一照通). */
export const COMBINED_LICENCE_TYPE = 'business-licence';
