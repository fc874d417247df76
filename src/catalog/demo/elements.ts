import type { z } from 'zod';
import type { AbolishedCertificateSchema, DataElementSchema } from '../types.js';

type E = z.input<typeof DataElementSchema>;

/** 数据元: one meaning across all items; the merged form asks each once. */
export const demoDataElements: E[] = [
  { code: 'enterpriseName', name: '企业名称', type: 'text', maxLength: 100, description: '市场主体登记的名称（字号），如 蓝山县湘味餐饮店' },
  { code: 'uscc', name: '统一社会信用代码', type: 'uscc', description: '18 位，GB 32100-2015' },
  { code: 'enterpriseType', name: '市场主体类型', type: 'enum', options: ['有限责任公司', '个人独资企业', '合伙企业', '个体工商户', '农民专业合作社'] },
  { code: 'legalRepresentative', name: '法定代表人（负责人、经营者）', type: 'text', maxLength: 40, personal: 'name' },
  { code: 'legalRepIdNumber', name: '法定代表人身份证号', type: 'idNumber' },
  { code: 'businessAddress', name: '经营地址', type: 'address', description: '写明到门牌号，如 蓝山县塔峰镇舜乡大道 128 号', personal: 'none' },
  { code: 'contactPhone', name: '联系电话', type: 'phone' },
  { code: 'registeredCapital', name: '注册资本（万元）', type: 'number', min: 0, max: 10000000 },
  { code: 'businessScope', name: '经营范围', type: 'text', maxLength: 500 },
  { code: 'businessArea', name: '经营场所面积（平方米）', type: 'number', min: 0, max: 1000000 },
  { code: 'employeeCount', name: '从业人员数', type: 'number', min: 0, max: 100000 },
  { code: 'applicantName', name: '申请人姓名', type: 'text', maxLength: 40, personal: 'name' },
  { code: 'applicantIdNumber', name: '身份证号', type: 'idNumber' },
  { code: 'householdAddress', name: '户籍地址', type: 'address' },
  { code: 'residenceAddress', name: '现居住地址', type: 'address' },
  { code: 'gender', name: '性别', type: 'enum', options: ['男', '女'] },
  { code: 'birthDate', name: '出生日期', type: 'date' },
  { code: 'babyName', name: '新生儿姓名', type: 'text', maxLength: 20, personal: 'name' },
  { code: 'birthPlace', name: '出生地点（医院）', type: 'text', maxLength: 100 },
  { code: 'motherName', name: '母亲姓名', type: 'text', maxLength: 40, personal: 'name' },
  { code: 'motherIdNumber', name: '母亲身份证号', type: 'idNumber' },
  { code: 'fatherName', name: '父亲姓名', type: 'text', maxLength: 40, personal: 'name' },
  { code: 'fatherIdNumber', name: '父亲身份证号', type: 'idNumber' },
  { code: 'propertyLocation', name: '不动产坐落', type: 'address' },
  { code: 'propertyCertificateNo', name: '不动产权证书号', type: 'text', maxLength: 60, description: '如 湘（2024）蓝山县不动产权第0001234号' },
  { code: 'buildingArea', name: '建筑面积（平方米）', type: 'number', min: 0, max: 10000000 },
  { code: 'transactionPrice', name: '成交价格（元）', type: 'number', min: 0, max: 10000000000 },
  { code: 'buyerName', name: '买受人姓名', type: 'text', maxLength: 40, personal: 'name' },
  { code: 'buyerIdNumber', name: '买受人身份证号', type: 'idNumber' },
  { code: 'sellerName', name: '出卖人姓名', type: 'text', maxLength: 40, personal: 'name' },
  { code: 'sellerIdNumber', name: '出卖人身份证号', type: 'idNumber' },
  { code: 'projectName', name: '项目名称', type: 'text', maxLength: 100 },
  { code: 'projectCode', name: '投资项目代码', type: 'text', maxLength: 30, description: '投资项目在线审批监管平台赋予的代码' },
  { code: 'projectAddress', name: '建设地点', type: 'address', personal: 'none' },
  { code: 'landArea', name: '用地面积（平方米）', type: 'number', min: 0, max: 100000000 },
  { code: 'totalInvestment', name: '总投资（万元）', type: 'number', min: 0, max: 100000000 },
  { code: 'bankName', name: '开户银行', type: 'enum', options: ['中国工商银行蓝山支行', '中国农业银行蓝山县支行', '中国建设银行蓝山支行', '湖南蓝山农村商业银行', '邮储银行蓝山县支行'] },
  { code: 'vehiclePlate', name: '车辆号牌', type: 'text', maxLength: 10 },
  { code: 'schoolName', name: '学校名称', type: 'text', maxLength: 100 },
];

type A = z.input<typeof AbolishedCertificateSchema>;

/** 已取消的证明事项: no guide may require them; each is satisfied another way now. */
export const demoAbolishedCertificates: A[] = [
  { code: 'single-status', name: '单身证明', aliases: ['婚姻状况证明', '未婚证明', '无婚姻登记记录证明'], replacedBy: 'dataCheck', how: '窗口通过全国婚姻登记信息共享平台核查婚姻状况', basis: '《国务院办公厅关于做好证明事项清理工作的通知》（国办发〔2018〕47号）', abolishedOn: '2019-05-01' },
  { code: 'no-criminal-record', name: '无犯罪记录证明', aliases: ['无违法犯罪记录证明'], replacedBy: 'dataCheck', how: '审批部门通过公安机关共享的违法犯罪信息核查接口核验', basis: '《湖南省证明事项告知承诺制实施方案》', abolishedOn: '2021-03-01' },
  { code: 'residence-proof', name: '居住证明', aliases: ['居住地证明', '住址证明'], replacedBy: 'dataCheck', how: '通过户籍和居住证信息共享核验居住地', basis: '《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）', abolishedOn: '2020-11-01' },
  { code: 'kinship-proof', name: '亲属关系证明', aliases: ['直系亲属关系证明', '父母子女关系证明'], replacedBy: 'licenceReuse', licenceType: 'household-register', how: '调用电子户口簿、出生医学证明等电子证照核验亲属关系', basis: '《国务院办公厅关于做好证明事项清理工作的通知》（国办发〔2018〕47号）', abolishedOn: '2019-05-01' },
  { code: 'capital-verification', name: '验资证明', aliases: ['验资报告'], replacedBy: 'commitment', how: '实行注册资本认缴登记制，由股东在章程中承诺出资', basis: '《中华人民共和国公司法》（2013年修正）第二十六条', abolishedOn: '2014-03-01' },
  { code: 'birth-permit', name: '生育证明', aliases: ['准生证', '生育服务证', '计划生育证明'], replacedBy: 'dataCheck', how: '出生登记、医保参保不再查验，生育登记信息由卫健部门共享', basis: '《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》', abolishedOn: '2021-07-20' },
  { code: 'property-proof', name: '房屋产权证明', aliases: ['房产证明', '无房证明'], replacedBy: 'licenceReuse', licenceType: 'real-estate-certificate', how: '调用电子不动产权证书或通过不动产登记信息平台查询', basis: '《湖南省人民政府办公厅关于取消一批证明事项的通知》', abolishedOn: '2019-09-01' },
  { code: 'tax-clearance-proof', name: '无欠税证明', aliases: ['完税情况证明（无欠税）'], replacedBy: 'dataCheck', how: '通过税务部门信息共享核查欠税情况', basis: '《国家税务总局关于取消一批税务证明事项的决定》（国家税务总局令第48号）', abolishedOn: '2019-07-24' },
  { code: 'income-proof', name: '收入证明', aliases: ['家庭收入证明', '工资收入证明'], replacedBy: 'commitment', how: '由申请人书面承诺家庭收入，民政部门经济状况核对系统核查', basis: '《湖南省最低生活保障工作规程》', abolishedOn: '2021-01-01' },
];
