import { personalClassNames, realNameLevelNames } from '../core/index.js';
import { kindNames, levelNames } from './item-code.js';
import { materialFormNames } from './types.js';

/**
 * The catalog workbook a bureau clerk fills in: one sheet per list, Chinese headers, 是/否 for yes/no,
 * Chinese names for enumerations, lists separated by 、, conditions as JSON. One table of columns drives
 * both reading (import) and writing (export), so the two can never disagree.
 */
export type ColumnKind = 'text' | 'optionalText' | 'int' | 'optionalInt' | 'number' | 'optionalNumber' | 'bool' | 'list' | 'lines' | 'steps' | 'pairs' | 'json' | 'date';

export interface Column {
  key: string;
  header: string;
  kind: ColumnKind;
  /** code → Chinese name, for enumerations */
  names?: Record<string, string>;
  width?: number;
  help?: string;
}

export interface SheetSpec {
  name: string;
  /** the list in the catalog document this sheet fills */
  section: 'items' | 'bundles' | 'dataElements' | 'abolishedCertificates';
  /** for a child sheet: the field of the parent entry it fills, and the column naming the parent */
  child?: { field: string; parentKey: string; parentHeader: string };
  columns: Column[];
}

const applicantNames = { citizen: '自然人', enterprise: '法人', both: '自然人和法人' };
const typeNames = { text: '文本', uscc: '统一社会信用代码', idNumber: '身份证号', phone: '电话', date: '日期', number: '数字', enum: '枚举', address: '地址' };

const ITEM_CODE = { key: 'code', header: '事项编码', kind: 'text', width: 14, help: '2位类型字母+5位主项+3位子项，如 XK00118001' } as const;
const BUNDLE_CODE = { key: 'code', header: '一件事代码', kind: 'text', width: 22, help: '小写字母、数字和连字符，如 kai-canyindian' } as const;

export const SHEETS: SheetSpec[] = [
  {
    name: '事项',
    section: 'items',
    columns: [
      ITEM_CODE,
      { key: 'name', header: '事项名称', kind: 'text', width: 28 },
      { key: 'kind', header: '事项类型', kind: 'text', names: kindNames, width: 10 },
      { key: 'departmentCode', header: '实施部门代码', kind: 'text', width: 10, help: '如 scjg（市场监管局）' },
      { key: 'level', header: '行使层级', kind: 'text', names: levelNames, width: 8 },
      { key: 'implementationCode', header: '实施编码', kind: 'optionalText', width: 20, help: '留空则按事项编码、层级、区划和实施主体自动生成' },
      { key: 'applicantType', header: '服务对象', kind: 'text', names: applicantNames, width: 10 },
      { key: 'legalBasis', header: '设定依据', kind: 'text', width: 40 },
      { key: 'handling', header: '办件类型', kind: 'text', names: { immediate: '即办件', promised: '承诺件' }, width: 8 },
      { key: 'legalDays', header: '法定办结时限（工作日）', kind: 'int', width: 10 },
      { key: 'promisedDays', header: '承诺办结时限（工作日）', kind: 'int', width: 10 },
      { key: 'place', header: '办理地点', kind: 'text', width: 30 },
      { key: 'officeHours', header: '办公时间', kind: 'optionalText', width: 24 },
      { key: 'phone', header: '咨询电话', kind: 'optionalText', width: 14 },
      { key: 'conditions', header: '受理条件', kind: 'lines', width: 40, help: '每行一条' },
      { key: 'steps', header: '办理流程', kind: 'steps', width: 40, help: '每行一步：环节名称：说明' },
      { key: 'visitsNeeded', header: '到办事现场次数', kind: 'int', width: 8 },
      { key: 'onlineCapable', header: '网上可办', kind: 'bool', width: 8 },
      { key: 'authorisedToWindow', header: '窗口授权到位', kind: 'bool', width: 8 },
      { key: 'decidedOnPlatform', header: '平台内审批决定', kind: 'bool', width: 8 },
      { key: 'commitmentAllowed', header: '告知承诺', kind: 'bool', width: 8 },
      { key: 'commitmentText', header: '承诺书内容', kind: 'optionalText', width: 30 },
      { key: 'autoApproval.rule', header: '秒批规则', kind: 'json', width: 30, help: '条件 JSON，如 {"field":"businessArea","lte":1000}' },
      { key: 'autoApproval.description', header: '秒批说明', kind: 'optionalText', width: 30 },
      { key: 'producesLicenceType', header: '产生证照类型', kind: 'optionalText', width: 18, help: '如 food-business-permit' },
      { key: 'keywords', header: '关键词', kind: 'list', width: 24, help: '用顿号分隔' },
      { key: 'pendingAllowed', header: '可容缺材料', kind: 'list', width: 20, help: '材料代码，用顿号分隔；其余材料须在受理时齐全' },
      { key: 'pendingLapse', header: '容缺逾期处理', kind: 'text', names: { deny: '不予许可', revoke: '撤销许可决定' }, width: 12 },
      { key: 'feeCharged', header: '收费环节', kind: 'optionalText', names: { acceptance: '受理时', decision: '准予决定后' }, width: 10 },
      { key: 'deliveryAfterPayment', header: '缴费后出件', kind: 'bool', width: 8 },
      { key: 'realNameLevel', header: '网上申请所需实名等级', kind: 'optionalText', names: { phone: realNameLevelNames.phone.zh, provider: realNameLevelNames.provider.zh, counter: realNameLevelNames.counter.zh }, width: 14, help: '留空则不限' },
    ],
  },
  {
    name: '收费',
    section: 'items',
    child: { field: 'fees', parentKey: 'code', parentHeader: '事项编码' },
    columns: [
      ITEM_CODE,
      { key: 'name', header: '收费项目', kind: 'text', width: 24 },
      { key: 'amount', header: '金额', kind: 'number', width: 8 },
      { key: 'unit', header: '单位', kind: 'optionalText', width: 8 },
      { key: 'basis', header: '收费依据', kind: 'text', width: 40 },
    ],
  },
  {
    name: '申请材料',
    section: 'items',
    child: { field: 'materials', parentKey: 'code', parentHeader: '事项编码' },
    columns: [
      ITEM_CODE,
      { key: 'code', header: '材料代码', kind: 'text', width: 14 },
      { key: 'name', header: '材料名称', kind: 'text', width: 30 },
      { key: 'required', header: '必要', kind: 'bool', width: 6 },
      { key: 'form', header: '材料形式', kind: 'text', names: materialFormNames, width: 12 },
      { key: 'count', header: '份数', kind: 'optionalInt', width: 6 },
      { key: 'legalBasis', header: '材料依据', kind: 'text', width: 36 },
      { key: 'satisfiedByElements', header: '可由数据元替代', kind: 'list', width: 16 },
      { key: 'satisfiedByLicence', header: '可由电子证照替代', kind: 'optionalText', width: 18 },
      { key: 'condition', header: '适用条件', kind: 'json', width: 30 },
      { key: 'note', header: '备注', kind: 'optionalText', width: 24 },
    ],
  },
  {
    name: '表单字段',
    section: 'items',
    child: { field: 'formFields', parentKey: 'code', parentHeader: '事项编码' },
    columns: [
      ITEM_CODE,
      { key: 'key', header: '字段代码', kind: 'text', width: 16 },
      { key: 'label', header: '字段名称', kind: 'text', width: 20 },
      { key: 'element', header: '数据元', kind: 'optionalText', width: 16 },
      { key: 'type', header: '字段类型', kind: 'optionalText', names: typeNames, width: 10, help: '未绑定数据元时填写' },
      { key: 'options', header: '选项', kind: 'list', width: 20 },
      { key: 'required', header: '必填', kind: 'bool', width: 6 },
      { key: 'condition', header: '显示条件', kind: 'json', width: 30 },
      { key: 'personal', header: '个人信息类别', kind: 'optionalText', names: personalClassNames, width: 12, help: '决定对他人显示时如何遮蔽；留空则按数据元或字段类型' },
    ],
  },
  {
    name: '一件事',
    section: 'bundles',
    columns: [
      BUNDLE_CODE,
      { key: 'name', header: '一件事名称', kind: 'text', width: 20 },
      { key: 'audience', header: '服务对象', kind: 'text', names: applicantNames, width: 10 },
      { key: 'description', header: '简介', kind: 'text', width: 40 },
      { key: 'keywords', header: '关键词', kind: 'list', width: 24 },
      { key: 'promisedDays', header: '承诺办结时限（工作日）', kind: 'int', width: 10 },
      { key: 'promisedHours', header: '承诺办结时限（小时）', kind: 'optionalInt', width: 10 },
      { key: 'place', header: '办理地点', kind: 'text', width: 30 },
    ],
  },
  {
    name: '一件事事项',
    section: 'bundles',
    child: { field: 'members', parentKey: 'code', parentHeader: '一件事代码' },
    columns: [
      BUNDLE_CODE,
      { key: 'itemCode', header: '事项编码', kind: 'text', width: 14 },
      { key: 'condition', header: '适用条件', kind: 'json', width: 30, help: '如 {"q":"sellsAlcohol","eq":true}；留空为必办' },
      { key: 'dependsOn', header: '前置依赖', kind: 'json', width: 40, help: '如 [{"itemCode":"XK00118001","element":"uscc","reason":"须营业执照的统一社会信用代码"}]' },
      { key: 'stage', header: '阶段', kind: 'optionalText', width: 14 },
      { key: 'note', header: '备注', kind: 'optionalText', width: 24 },
    ],
  },
  {
    name: '一件事问题',
    section: 'bundles',
    child: { field: 'questions', parentKey: 'code', parentHeader: '一件事代码' },
    columns: [
      BUNDLE_CODE,
      { key: 'key', header: '问题代码', kind: 'text', width: 14 },
      { key: 'text', header: '问题', kind: 'text', width: 36 },
      { key: 'type', header: '题型', kind: 'text', names: { yesNo: '是否', choice: '单选', number: '数字' }, width: 8 },
      { key: 'options', header: '选项', kind: 'pairs', width: 30, help: '每行一个：取值=显示文字' },
      { key: 'unit', header: '单位', kind: 'optionalText', width: 8 },
      { key: 'help', header: '说明', kind: 'optionalText', width: 30 },
      { key: 'condition', header: '显示条件', kind: 'json', width: 30 },
      { key: 'dataElement', header: '对应数据元', kind: 'optionalText', width: 14, help: '回答填入表单的哪个数据元（如 businessArea）；以表单最终填写的数值为准；留空为不对应' },
    ],
  },
  {
    name: '一件事阶段',
    section: 'bundles',
    child: { field: 'stages', parentKey: 'code', parentHeader: '一件事代码' },
    columns: [
      BUNDLE_CODE,
      { key: 'key', header: '阶段代码', kind: 'text', width: 18 },
      { key: 'name', header: '阶段名称', kind: 'text', width: 20 },
      { key: 'promisedDays', header: '承诺时限（工作日）', kind: 'int', width: 10 },
    ],
  },
  {
    name: '数据元',
    section: 'dataElements',
    columns: [
      { key: 'code', header: '数据元代码', kind: 'text', width: 18 },
      { key: 'name', header: '数据元名称', kind: 'text', width: 20 },
      { key: 'type', header: '类型', kind: 'text', names: typeNames, width: 14 },
      { key: 'options', header: '可选值', kind: 'list', width: 30 },
      { key: 'min', header: '最小值', kind: 'optionalNumber', width: 8 },
      { key: 'max', header: '最大值', kind: 'optionalNumber', width: 8 },
      { key: 'maxLength', header: '最大长度', kind: 'optionalInt', width: 8 },
      { key: 'description', header: '说明', kind: 'optionalText', width: 30 },
      { key: 'personal', header: '个人信息类别', kind: 'optionalText', names: personalClassNames, width: 12, help: '留空则按类型' },
    ],
  },
  {
    name: '已取消证明',
    section: 'abolishedCertificates',
    columns: [
      { key: 'code', header: '证明代码', kind: 'text', width: 20 },
      { key: 'name', header: '证明名称', kind: 'text', width: 16 },
      { key: 'aliases', header: '别称', kind: 'list', width: 24 },
      { key: 'replacedBy', header: '替代方式', kind: 'text', names: { dataCheck: '数据核验', commitment: '告知承诺', licenceReuse: '证照复用' }, width: 10 },
      { key: 'licenceType', header: '复用证照类型', kind: 'optionalText', width: 18 },
      { key: 'how', header: '现在如何办理', kind: 'text', width: 36 },
      { key: 'basis', header: '取消依据', kind: 'text', width: 36 },
      { key: 'abolishedOn', header: '取消日期', kind: 'date', width: 12 },
    ],
  },
];
