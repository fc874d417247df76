import type { z } from 'zod';
import type { Condition } from '../condition.js';
import type { FormFieldSchema, ItemInputRaw, MaterialSpecSchema } from '../types.js';

/** Building blocks of the demo guides: the materials and form fields that recur across items. */
export type Material = z.input<typeof MaterialSpecSchema>;
export type Field = z.input<typeof FormFieldSchema>;
export type Item = ItemInputRaw;

export const hall = (floor: number, windows: string) => `蓝山县政务服务中心${floor}楼${windows}号窗口`;
export const FREE: Item['fees'] = [];

export function applicationForm(title: string, legalBasis: string): Material {
  return { code: 'application', name: title, required: true, form: 'original', count: 1, legalBasis, note: '网上申报时由表单自动生成，签字（盖章）确认即可' };
}

export function idCard(legalBasis: string, who = '申请人'): Material {
  return {
    code: 'id-card',
    name: `${who}身份证复印件`,
    required: true,
    form: 'copy',
    count: 1,
    legalBasis,
    satisfiedByElements: ['applicantIdNumber'],
    satisfiedByLicence: 'resident-id-card',
    note: '调用电子身份证的，免于提交',
  };
}

export function businessLicence(legalBasis: string, condition: Condition | null = null): Material {
  return {
    code: 'business-licence',
    name: '营业执照副本复印件',
    required: true,
    form: 'copy',
    count: 1,
    legalBasis,
    satisfiedByElements: ['uscc'],
    satisfiedByLicence: 'business-licence',
    condition,
    note: '已领取电子营业执照的，免于提交',
  };
}

export function premisesProof(legalBasis: string): Material {
  return {
    code: 'premises',
    name: '经营场所使用证明（产权证书或租赁合同）',
    required: true,
    form: 'copy',
    count: 1,
    legalBasis,
    satisfiedByLicence: 'real-estate-certificate',
    note: '自有房产可调用电子不动产权证书；租赁的提交租赁合同',
  };
}

export function proxy(legalBasis: string): Material {
  return {
    code: 'proxy',
    name: '授权委托书及受托人身份证复印件',
    required: false,
    form: 'original',
    count: 1,
    legalBasis,
    condition: { field: 'byAgent', eq: true },
    note: '委托他人办理时提交',
  };
}

export function commitmentLetter(legalBasis: string): Material {
  // signed in the application itself when the applicant chooses 告知承诺; not asked for otherwise
  return { code: 'commitment', name: '告知承诺书', required: false, form: 'original', count: 1, legalBasis, note: '选择告知承诺方式办理时签署' };
}

export function sitePlan(code: string, name: string, legalBasis: string, condition: Condition | null = null): Material {
  return { code, name, required: true, form: 'original', count: 1, legalBasis, condition };
}

/** Form fields bound to shared data elements. */
export const f = {
  enterpriseName: (): Field => ({ key: 'enterpriseName', label: '企业名称', element: 'enterpriseName' }),
  uscc: (): Field => ({ key: 'uscc', label: '统一社会信用代码', element: 'uscc' }),
  enterpriseType: (): Field => ({ key: 'enterpriseType', label: '市场主体类型', element: 'enterpriseType' }),
  legalRepresentative: (): Field => ({ key: 'legalRepresentative', label: '法定代表人（负责人）', element: 'legalRepresentative' }),
  legalRepIdNumber: (): Field => ({ key: 'legalRepIdNumber', label: '法定代表人身份证号', element: 'legalRepIdNumber' }),
  businessAddress: (): Field => ({ key: 'businessAddress', label: '经营地址', element: 'businessAddress' }),
  contactPhone: (): Field => ({ key: 'contactPhone', label: '联系电话', element: 'contactPhone' }),
  businessArea: (): Field => ({ key: 'businessArea', label: '经营场所面积（平方米）', element: 'businessArea' }),
  registeredCapital: (): Field => ({ key: 'registeredCapital', label: '注册资本（万元）', element: 'registeredCapital' }),
  businessScope: (): Field => ({ key: 'businessScope', label: '经营范围', element: 'businessScope' }),
  employeeCount: (): Field => ({ key: 'employeeCount', label: '从业人员数', element: 'employeeCount' }),
  applicantName: (): Field => ({ key: 'applicantName', label: '申请人姓名', element: 'applicantName' }),
  applicantIdNumber: (): Field => ({ key: 'applicantIdNumber', label: '身份证号', element: 'applicantIdNumber' }),
  householdAddress: (): Field => ({ key: 'householdAddress', label: '户籍地址', element: 'householdAddress' }),
  residenceAddress: (): Field => ({ key: 'residenceAddress', label: '现居住地址', element: 'residenceAddress' }),
  byAgent: (): Field => ({ key: 'byAgent', label: '是否委托他人办理', type: 'enum', options: ['true', 'false'], required: false }),
  projectName: (): Field => ({ key: 'projectName', label: '项目名称', element: 'projectName' }),
  projectCode: (): Field => ({ key: 'projectCode', label: '投资项目代码', element: 'projectCode' }),
  projectAddress: (): Field => ({ key: 'projectAddress', label: '建设地点', element: 'projectAddress' }),
  landArea: (): Field => ({ key: 'landArea', label: '用地面积（平方米）', element: 'landArea' }),
  buildingArea: (): Field => ({ key: 'buildingArea', label: '建筑面积（平方米）', element: 'buildingArea' }),
  totalInvestment: (): Field => ({ key: 'totalInvestment', label: '总投资（万元）', element: 'totalInvestment' }),
};

/** The usual fields of a business applicant. */
export const enterpriseFields = (): Field[] => [f.enterpriseName(), f.uscc(), f.legalRepresentative(), f.legalRepIdNumber(), f.businessAddress(), f.contactPhone(), f.byAgent()];
/** The usual fields of a citizen applicant. */
export const citizenFields = (): Field[] => [f.applicantName(), f.applicantIdNumber(), f.contactPhone(), f.residenceAddress(), f.byAgent()];

/** Steps of the usual "申请—受理—审核—决定—办结" procedure. */
export function steps(kind: 'immediate' | 'review' | 'site'): Item['steps'] {
  const base = [
    { name: '申请', description: '申请人通过一网通办平台或综合窗口提交申请及材料' },
    { name: '受理', description: '综合窗口查验材料，材料齐全、符合法定形式的当场受理；不齐全的一次性告知补正' },
  ];
  if (kind === 'immediate') return [...base, { name: '办结', description: '窗口当场审核、决定并出具结果' }];
  const review = [{ name: '审核', description: '审批人员对申请材料进行实质审查' }];
  const site = kind === 'site' ? [{ name: '现场核查', description: '需要现场核查的，由审批部门组织一次性联合核查' }] : [];
  return [...base, ...review, ...site, { name: '决定', description: '作出准予或不予许可的决定' }, { name: '办结', description: '统一出件窗口送达结果，可选择邮寄' }];
}
