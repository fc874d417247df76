import type { BundleInputRaw } from '../types.js';
import { hall } from './kit.js';

type Member = BundleInputRaw['members'][number];
type Question = NonNullable<BundleInputRaw['questions']>[number];

/** 一件事 from the seeds (蓝山 一照通, 娄底 企业开办 in 5 hours, 随县 一事联办 themes). */
const C = {
  companyReg: 'XK00118001',
  individualReg: 'XK00118002',
  food: 'XK00119001',
  workshop: 'XK00119003',
  liquor: 'BA00120001',
  bank: 'GG00101001',
  projectFiling: 'BA00102001',
  publicHealth: 'XK00201001',
  birthCert: 'GG00202001',
  vaccination: 'GG00202002',
  medicalInsurance: 'GG00301001',
  birthRegistration: 'QR00401001',
  seal: 'BA00404001',
  transfer: 'QR00601001',
  mortgage: 'QR00601002',
  siteSelection: 'XK00602001',
  landPlanning: 'XK00602002',
  projectPlanning: 'XK00602003',
  construction: 'XK00701001',
  drainage: 'XK00702001',
  completion: 'BA00703001',
  housingFund: 'GG00705001',
  fireDesign: 'XK00706001',
  fireAcceptance: 'XK00706002',
  fireSafety: 'XK00801001',
  outdoorAd: 'XK00901001',
  eia: 'XK01101001',
  invoice: 'QT01201001',
  taxInfo: 'QR01202001',
  propertyTax: 'QT01203001',
  socialInsurance: 'GG01301001',
  socialCard: 'GG01302001',
} as const;

const needsLicenceUscc = (reason: string) => [
  { itemCode: C.companyReg, element: 'uscc', licenceType: 'business-licence', reason },
  { itemCode: C.individualReg, element: 'uscc', licenceType: 'business-licence', reason },
];

/** The questions and members every "open a shop" bundle shares: which registration, and whether one is needed. */
const shopQuestions = (): Question[] => [
  { key: 'hasLicence', text: '您是否已经领取营业执照？', type: 'yesNo' },
  {
    key: 'entityType', text: '您打算以什么形式经营？', type: 'choice', condition: { q: 'hasLicence', eq: false },
    options: [{ value: 'individual', label: '个体工商户' }, { value: 'company', label: '公司（有限责任公司等）' }],
  },
  { key: 'area', text: '经营场所的建筑面积是多少？', type: 'number', unit: '平方米', help: '按租赁合同或不动产权证书上的面积填写', dataElement: 'businessArea' },
  { key: 'signboard', text: '是否要在店门外设置招牌或户外广告？', type: 'yesNo' },
];
const registration = (): Member[] => [
  { itemCode: C.individualReg, condition: { all: [{ q: 'hasLicence', eq: false }, { q: 'entityType', eq: 'individual' }] }, note: '领取载有许可信息二维码的“一照通”营业执照' },
  { itemCode: C.companyReg, condition: { all: [{ q: 'hasLicence', eq: false }, { q: 'entityType', eq: 'company' }] }, note: '领取载有许可信息二维码的“一照通”营业执照' },
];
const signboard = (): Member => ({ itemCode: C.outdoorAd, condition: { q: 'signboard', eq: true }, dependsOn: needsLicenceUscc('招牌设置审批须载明营业执照上的名称和统一社会信用代码') });
const fireCheck = (): Member => ({
  itemCode: C.fireSafety,
  condition: { q: 'area', gte: 300 },
  dependsOn: needsLicenceUscc('消防安全检查合格证载明营业执照信息'),
  note: '建筑面积300平方米以上的餐饮、商店等属于公众聚集场所，营业前须消防安全检查',
});
const food = (reason = '食品经营许可证须载明营业执照的统一社会信用代码'): Member => ({ itemCode: C.food, dependsOn: needsLicenceUscc(reason) });

export const demoBundles: BundleInputRaw[] = [
  {
    code: 'kaiban-qiye', name: '开办企业', audience: 'enterprise',
    description: '企业设立登记、公章刻制、申领发票、员工参保登记、住房公积金缴存登记、银行开户预约六个环节一次申请、一张表单、并行办理，5小时内办结。',
    keywords: ['开公司', '企业开办', '注册公司', '营业执照', '刻章', '发票'],
    promisedDays: 1, promisedHours: 5, place: '蓝山县政务服务中心1楼企业开办专区（1-5号窗口）',
    questions: [
      { key: 'hasEmployees', text: '企业成立时是否有雇用的员工？', type: 'yesNo' },
      { key: 'employeeCount', text: '员工人数', type: 'number', unit: '人', condition: { q: 'hasEmployees', eq: true } },
      { key: 'needsInvoice', text: '是否需要领用发票？', type: 'yesNo' },
    ],
    members: [
      { itemCode: C.companyReg, note: '第一步：领取营业执照（电子营业执照同步发放）' },
      { itemCode: C.seal, dependsOn: [{ itemCode: C.companyReg, element: 'uscc', licenceType: 'business-licence', reason: '刻制公章须凭营业执照，印章上刻统一社会信用代码' }], note: '首套印章由政府免费刻制' },
      { itemCode: C.invoice, condition: { q: 'needsInvoice', eq: true }, dependsOn: [{ itemCode: C.companyReg, element: 'uscc', licenceType: null, reason: '发票领用须以统一社会信用代码完成税务信息确认' }] },
      { itemCode: C.socialInsurance, dependsOn: [{ itemCode: C.companyReg, element: 'uscc', licenceType: null, reason: '单位参保登记以统一社会信用代码为单位编号' }] },
      { itemCode: C.housingFund, dependsOn: [{ itemCode: C.companyReg, element: 'uscc', licenceType: null, reason: '公积金缴存登记以统一社会信用代码为单位编号' }] },
      { itemCode: C.bank, dependsOn: [{ itemCode: C.companyReg, element: 'uscc', licenceType: 'business-licence', reason: '银行开户须凭营业执照' }] },
    ],
  },
  {
    code: 'kai-canyindian', name: '开餐饮店', audience: 'both',
    description: '开饭店、小吃店一次告知、一表申请：营业执照、食品经营许可，以及按经营情况需要的公共场所卫生许可、消防安全检查、户外招牌设置和酒类零售备案，一窗受理、并联审批、统一出件。',
    keywords: ['饭店', '餐馆', '小吃店', '餐饮', '食品', '一照通'],
    promisedDays: 5, place: hall(1, '6-7') + '（“一照通”综合窗口）',
    questions: [
      ...shopQuestions(),
      { key: 'privateRooms', text: '是否设有供顾客娱乐的KTV包厢或住宿客房？', type: 'yesNo', help: '含上述功能的属于公共场所，须办理公共场所卫生许可' },
      { key: 'sellsAlcohol', text: '是否销售酒类（含啤酒）？', type: 'yesNo' },
      { key: 'sewer', text: '污水是否排入市政排水管网？', type: 'yesNo' },
    ],
    members: [
      ...registration(),
      food(),
      { itemCode: C.publicHealth, condition: { q: 'privateRooms', eq: true }, dependsOn: needsLicenceUscc('公共场所卫生许可须凭营业执照') },
      fireCheck(),
      signboard(),
      { itemCode: C.liquor, condition: { q: 'sellsAlcohol', eq: true }, dependsOn: needsLicenceUscc('酒类零售备案须凭经营范围含酒类销售的营业执照') },
      { itemCode: C.drainage, condition: { q: 'sewer', eq: true }, dependsOn: needsLicenceUscc('排水许可须载明排水户名称和统一社会信用代码') },
    ],
  },
  {
    code: 'kai-dangaodian', name: '我要开蛋糕店', audience: 'both',
    description: '开蛋糕店（现场制售糕点）一件事：营业执照、食品经营许可（糕点类食品制售），需要时办理招牌设置、消防安全检查和食品小作坊登记。',
    keywords: ['蛋糕', '面包', '烘焙', '糕点', '食品'],
    promisedDays: 5, place: hall(1, '6-7'),
    questions: [...shopQuestions(), { key: 'wholesale', text: '是否向其他店铺批发自制糕点？', type: 'yesNo', help: '对外批发的，按食品生产加工小作坊登记' }],
    members: [...registration(), food('糕点类食品制售许可须载明营业执照信息'), { itemCode: C.workshop, condition: { q: 'wholesale', eq: true }, dependsOn: needsLicenceUscc('小作坊登记须凭营业执照') }, signboard(), fireCheck()],
  },
  {
    code: 'kai-mianguan', name: '我要开面馆', audience: 'both',
    description: '开面馆一件事：营业执照、食品经营许可（热食类食品制售），需要时办理招牌设置、消防安全检查、排水许可和酒类零售备案。',
    keywords: ['面馆', '米粉店', '早餐店', '餐饮', '食品'],
    promisedDays: 5, place: hall(1, '6-7'),
    questions: [...shopQuestions(), { key: 'sellsAlcohol', text: '是否销售酒类（含啤酒）？', type: 'yesNo' }, { key: 'sewer', text: '污水是否排入市政排水管网？', type: 'yesNo' }],
    members: [
      ...registration(), food(), signboard(), fireCheck(),
      { itemCode: C.drainage, condition: { q: 'sewer', eq: true }, dependsOn: needsLicenceUscc('排水许可须载明排水户信息') },
      { itemCode: C.liquor, condition: { q: 'sellsAlcohol', eq: true }, dependsOn: needsLicenceUscc('酒类零售备案须凭营业执照') },
    ],
  },
  {
    code: 'kai-shuichandian', name: '我要开水产店', audience: 'both',
    description: '开水产店一件事：营业执照；销售冷冻、腌制等水产制品的办理食品经营许可（只卖鲜活水产的不需要）；需要时办理招牌设置和排水许可。',
    keywords: ['水产', '鱼店', '海鲜', '冻品', '食品'],
    promisedDays: 5, place: hall(1, '6-7'),
    questions: [
      ...shopQuestions(),
      { key: 'sellsProcessed', text: '是否销售冷冻、腌制、预包装等水产制品？', type: 'yesNo', help: '只销售鲜活水产品（食用农产品）的，无需办理食品经营许可' },
      { key: 'sewer', text: '养殖暂存用水是否排入市政排水管网？', type: 'yesNo' },
    ],
    members: [
      ...registration(),
      { itemCode: C.food, condition: { q: 'sellsProcessed', eq: true }, dependsOn: needsLicenceUscc('食品经营许可须载明营业执照信息') },
      signboard(),
      { itemCode: C.drainage, condition: { q: 'sewer', eq: true }, dependsOn: needsLicenceUscc('排水许可须载明排水户信息') },
    ],
  },
  {
    code: 'kai-xiedian', name: '我要开鞋店', audience: 'both',
    description: '开鞋店一件事：营业执照，需要时办理招牌设置和消防安全检查（营业面积300平方米以上）。',
    keywords: ['鞋店', '服装店', '零售', '开店'],
    promisedDays: 3, place: hall(1, '6-7'),
    questions: shopQuestions(),
    members: [...registration(), signboard(), fireCheck()],
  },
  {
    code: 'xinshenger-chusheng', name: '新生儿出生一件事', audience: 'citizen',
    description: '新生儿出生后，出生医学证明、预防接种证、户口登记、医保参保、社会保障卡一次申请，医院、卫健、公安、医保、人社并联办理，结果统一寄递。',
    keywords: ['新生儿', '出生', '上户口', '宝宝', '出生证', '医保', '社保卡'],
    promisedDays: 5, place: '蓝山县人民医院、蓝山县妇幼保健院“出生一件事”服务点，或蓝山县政务服务中心3楼35号窗口',
    questions: [
      { key: 'bornInCounty', text: '宝宝是否在本县医院出生？', type: 'yesNo' },
      { key: 'parentsLocal', text: '随父或随母在蓝山县落户吗？', type: 'yesNo' },
      { key: 'wantsSocialCard', text: '是否同时申领社会保障卡？', type: 'yesNo' },
    ],
    members: [
      { itemCode: C.birthCert, condition: { q: 'bornInCounty', eq: true } },
      { itemCode: C.vaccination, dependsOn: [{ itemCode: C.birthCert, element: null, licenceType: 'birth-medical-certificate', reason: '建立预防接种证须核对出生医学证明' }] },
      { itemCode: C.birthRegistration, condition: { q: 'parentsLocal', eq: true }, dependsOn: [{ itemCode: C.birthCert, element: null, licenceType: 'birth-medical-certificate', reason: '出生登记凭出生医学证明申报' }] },
      { itemCode: C.medicalInsurance, condition: { q: 'parentsLocal', eq: true }, dependsOn: [{ itemCode: C.birthRegistration, element: null, licenceType: 'household-register', reason: '医保参保须使用户口登记后生成的公民身份号码' }] },
      { itemCode: C.socialCard, condition: { all: [{ q: 'parentsLocal', eq: true }, { q: 'wantsSocialCard', eq: true }] }, dependsOn: [{ itemCode: C.birthRegistration, element: null, licenceType: 'household-register', reason: '社会保障卡以公民身份号码制卡' }, { itemCode: C.medicalInsurance, element: null, licenceType: null, reason: '社会保障卡须关联医保参保信息' }] },
    ],
  },
  {
    code: 'ershoufang-zhuanyi', name: '二手房转移登记', audience: 'citizen',
    description: '存量房买卖“一窗受理、集成服务”：交易税费申报缴纳与不动产转移登记一次申请，买方有贷款的同时办理抵押登记，登记完成后可领取电子不动产权证书。',
    keywords: ['二手房', '过户', '买房', '卖房', '房产证', '不动产'],
    promisedDays: 3, place: '蓝山县政务服务中心1楼不动产登记专区（15-20号窗口）',
    questions: [{ key: 'hasLoan', text: '买方是否办理了银行按揭贷款？', type: 'yesNo' }],
    members: [
      { itemCode: C.propertyTax },
      { itemCode: C.transfer, dependsOn: [{ itemCode: C.propertyTax, element: null, licenceType: null, reason: '转移登记须在交易税费缴纳完毕后办理（先税后证）' }] },
      { itemCode: C.mortgage, condition: { q: 'hasLoan', eq: true }, dependsOn: [{ itemCode: C.transfer, element: 'propertyCertificateNo', licenceType: 'real-estate-certificate', reason: '抵押登记以买方新取得的不动产权证书为抵押物' }] },
    ],
  },
  {
    code: 'gonggong-weisheng-xuke', name: '公共场所卫生许可（告知承诺·秒批）', audience: 'both',
    description: '宾馆、理发店、美容店、沐浴和游泳场所申请公共场所卫生许可，实名登录、在线签署告知承诺书，符合规则的系统秒批、当场出证（武陵区实践：全程约1分半钟）。',
    keywords: ['卫生许可', '秒批', '告知承诺', '理发店', '美容店', '宾馆'],
    promisedDays: 0, place: '蓝山县政务服务中心2楼12号窗口或24小时自助服务区',
    questions: [
      { key: 'hasLicence', text: '您是否已经领取营业执照？', type: 'yesNo' },
      {
        key: 'venueType', text: '场所类型', type: 'choice',
        options: [{ value: '宾馆', label: '宾馆、旅店' }, { value: '理发店', label: '理发店' }, { value: '美容店', label: '美容店' }, { value: '沐浴场所', label: '沐浴场所' }, { value: '游泳场所', label: '游泳场所' }],
      },
      { key: 'useCommitment', text: '是否选择告知承诺方式办理？', type: 'yesNo', help: '签署承诺书后当场审批，卫健部门3个月内核查' },
    ],
    members: [
      { itemCode: C.individualReg, condition: { q: 'hasLicence', eq: false }, note: '尚无营业执照的，先办理个体工商户设立登记' },
      { itemCode: C.publicHealth, dependsOn: [{ itemCode: C.individualReg, element: 'uscc', licenceType: 'business-licence', reason: '公共场所卫生许可须凭营业执照' }] },
    ],
  },
  {
    code: 'gongcheng-jianshe-xiaoxing', name: '工程建设项目审批（社会投资小型项目）', audience: 'enterprise',
    description: '社会投资小型低风险工程建设项目按立项用地规划许可、工程建设许可、施工许可、竣工验收四个阶段并联审批，每阶段一家牵头、一次告知、限时办结，全流程不超过40个工作日。',
    keywords: ['工程建设', '项目审批', '施工许可', '规划许可', '竣工验收', '厂房'],
    promisedDays: 40, place: '蓝山县政务服务中心2楼工程建设项目审批综合窗口（21-30号窗口）',
    stages: [
      { key: 'landPlanning', name: '立项用地规划许可', promisedDays: 10 },
      { key: 'projectPermit', name: '工程建设许可', promisedDays: 10 },
      { key: 'constructionPermit', name: '施工许可', promisedDays: 5 },
      { key: 'completion', name: '竣工验收', promisedDays: 15 },
    ],
    questions: [
      { key: 'allocatedLand', text: '项目用地是否以划拨方式取得？', type: 'yesNo' },
      { key: 'specialFire', text: '是否属于特殊建设工程（如建筑面积大于2500平方米的厂房、人员密集场所）？', type: 'yesNo' },
      { key: 'needsEia', text: '项目是否列入环境影响评价报告表管理类别？', type: 'yesNo' },
    ],
    members: [
      { itemCode: C.projectFiling, stage: 'landPlanning' },
      { itemCode: C.siteSelection, stage: 'landPlanning', condition: { q: 'allocatedLand', eq: true } },
      { itemCode: C.landPlanning, stage: 'landPlanning', dependsOn: [{ itemCode: C.projectFiling, element: 'projectCode', licenceType: null, reason: '用地规划许可以投资项目代码关联项目' }] },
      { itemCode: C.eia, stage: 'landPlanning', condition: { q: 'needsEia', eq: true } },
      { itemCode: C.projectPlanning, stage: 'projectPermit', dependsOn: [{ itemCode: C.landPlanning, element: null, licenceType: 'land-planning-permit', reason: '建设工程规划许可须已取得建设用地规划许可证' }] },
      { itemCode: C.fireDesign, stage: 'projectPermit', condition: { q: 'specialFire', eq: true } },
      { itemCode: C.construction, stage: 'constructionPermit', dependsOn: [{ itemCode: C.projectPlanning, element: null, licenceType: 'project-planning-permit', reason: '施工许可须已取得建设工程规划许可证' }] },
      { itemCode: C.fireAcceptance, stage: 'completion', condition: { q: 'specialFire', eq: true }, dependsOn: [{ itemCode: C.construction, element: null, licenceType: 'construction-permit', reason: '消防验收须在施工完成后申请' }] },
      { itemCode: C.drainage, stage: 'completion', dependsOn: [{ itemCode: C.projectFiling, element: 'projectCode', licenceType: null, reason: '排水许可关联项目代码' }] },
      { itemCode: C.completion, stage: 'completion', dependsOn: [{ itemCode: C.construction, element: null, licenceType: 'construction-permit', reason: '竣工验收备案须已取得施工许可' }] },
    ],
  },
];
