/**
 * Demo activity: a few weeks of work in the county's hall, replayed through the API on a clock set relative to now,
 * so that a fresh `npm start` shows applications in every state, cases near and past their deadlines (yellow and red
 * cards), delivered and rated handlings with one bad rating under rectification, 12345 tickets and disclosure requests.
 * Kept apart from the demo data the tests start from (their inboxes and lists stay as the tests expect).
 */
import { makeIdNumber, makeUscc, type Config } from '../core/index.js';
import type { Db } from '../db/index.js';
import { ACTIVITY_KEY_PREFIX, ActivityDriver, type Applicant } from './activity-driver.js';
import { demoActivityApplications } from './store.js';
import { seedProjects } from './projects.js';

export interface ActivitySummary {
  applications: number;
  tickets: number;
  disclosureRequests: number;
  ratings: number;
}

const I = {
  food: 'XK00119001', foodProduction: 'XK00119002', workshop: 'XK00119003', fire: 'XK00801001', publicHealth: 'XK00201001',
  individualReg: 'XK00118002', companyReg: 'XK00118001', seal: 'BA00404001', invoice: 'QT01201001', socialInsurance: 'GG01301001',
  housingFund: 'GG00705001', bank: 'GG00101001', pharmacy: 'XK00122001', specialEquipment: 'XK00121001', clinic: 'XK00203001',
  waterSupply: 'XK00206001', birthCert: 'GG00202001', hotel: 'XK00405001', residencePermit: 'GG00407001', idCard: 'QR00402001',
  householdMove: 'QR00403001', transfer: 'QR00601001', mortgage: 'QR00601002', ruralPlanning: 'XK00602004', landPlanning: 'XK00602002',
  construction: 'XK00701001', presale: 'XK00704001', drainage: 'XK00702001', fixedTax: 'QT01204001', socialCard: 'GG01302001',
  labourDispatch: 'XK01305001',
} as const;

const citizen = (name: string, birth: string, seq: string, phone: string): Applicant => ({ kind: 'citizen', name, idNumber: makeIdNumber('431127', birth, seq), phone });
const business = (orgName: string, name: string, base: string, company = false): Applicant => ({
  kind: 'business', name, orgName, uscc: makeUscc(company ? '91' : '92', '431127', base), idNumber: makeIdNumber('431127', '19800101', base.slice(-3).replace(/\D/g, '1').padStart(3, '1')), phone: '13974600000',
});

const XIANGWEI: Applicant = { username: 'xiangwei', kind: 'business', name: '李湘味' };
const ZHANGSAN: Applicant = { username: 'zhangsan', kind: 'citizen', name: '张三' };
const onlineLevels = (n: number, comment?: string) => ({ indicators: { overall: n, efficiency: n, guideAccuracy: n, convenience: n, usability: n }, ...(comment ? { comment } : {}) });

/** Whether the activity is already there (it is replayed once). */
export async function hasActivity(db: Db): Promise<boolean> {
  return (await demoActivityApplications(db, ACTIVITY_KEY_PREFIX)) > 0;
}

export async function seedActivity(db: Db, config: Config, now: Date): Promise<ActivitySummary> {
  const d = await ActivityDriver.open(db, config, now);
  const summary: ActivitySummary = { applications: 0, tickets: 0, disclosureRequests: 0, ratings: 0 };
  try {
    await applications(d, summary);
    await tickets(d, summary);
    await disclosure(d, summary);
    await seedProjects(d);
    d.at(0, '', 1);
    await d.drain();
  } finally {
    await d.close();
  }
  return summary;
}

async function applications(d: ActivityDriver, s: ActivitySummary): Promise<void> {
  const file = async (k: number, a: Applicant, o: Parameters<ActivityDriver['submit']>[1], minutesAgo = 180) => {
    d.at(k, '09:20', minutesAgo);
    s.applications++;
    return d.submit(a, o);
  };
  /** filed the day before k (or earlier today), accepted on day k */
  const accepted = async (k: number, a: Applicant, o: Parameters<ActivityDriver['submit']>[1], body: Record<string, unknown> = {}) => {
    const app = await file(k + 1, a, o, 240);
    d.at(k, '10:05', 120);
    await d.accept(app.id, body);
    return app;
  };
  const rateOnline = async (user: string, applicationId: string, level: number, comment?: string) => {
    await d.drain();
    const mine = await d.get(user, '/api/v1/ratings/mine');
    for (const h of mine.toRate.filter((x: { applicationId: string }) => x.applicationId === applicationId)) {
      await d.post(user, '/api/v1/ratings', { handlingId: h.id, ...onlineLevels(level, comment) });
      s.ratings++;
    }
  };

  // --- delivered and rated online by the demo business: good, then one bad rating now under rectification
  const a1 = await accepted(14, XIANGWEI, { itemCodes: [I.food], online: true });
  d.at(12, '15:30');
  await d.decideAll(a1.id);
  d.at(11, '10:00');
  await d.deliver(a1.id);
  d.at(10, '19:40');
  await rateOnline('xiangwei', a1.id, 5, '一次告知、一次办好，窗口服务很耐心');

  const a2 = await accepted(9, XIANGWEI, { itemCodes: [I.fire], online: true });
  d.at(7, '16:10');
  await d.decideAll(a2.id);
  d.at(6, '09:40');
  await d.deliver(a2.id);
  d.at(5, '20:15');
  await rateOnline('xiangwei', a2.id, 2, '现场检查约了两次才来，指南没写要提供疏散示意图');

  // 秒批: a small barber shop's public-health permit decided by rule at acceptance
  const barber = { businessArea: 60, 'XK00201001.venueType': '理发店', 'XK00201001.commitmentSigned': 'true' };
  const a3 = await accepted(3, XIANGWEI, { itemCodes: [I.publicHealth], online: true, form: barber });
  d.at(2, '11:00');
  await d.deliver(a3.id);
  d.at(1, '18:30');
  await rateOnline('xiangwei', a3.id, 5);

  // --- a citizen online: social security card delivered and rated; ID card in progress; rural planning overdue; correction
  const z1 = await accepted(8, ZHANGSAN, { itemCodes: [I.socialCard], online: true });
  d.at(8, '10:40');
  await d.decideAll(z1.id);
  await d.deliver(z1.id);
  d.at(7, '12:10');
  await rateOnline('zhangsan', z1.id, 4);
  await accepted(d.acceptedFor(3, 20), ZHANGSAN, { itemCodes: [I.idCard], online: true }); // yellow
  await accepted(11, ZHANGSAN, { itemCodes: [I.ruralPlanning], online: true }); // red
  const z4 = await file(2, ZHANGSAN, { itemCodes: [I.residencePermit], online: true });
  d.at(1, '14:20');
  await d.post('chuangkou', `/api/v1/applications/${z4.id}/request-correction`, {
    items: [{ kind: 'material', itemCode: I.residencePermit, ref: await firstRequired(d, I.residencePermit), problem: '居住证明为复印件且未加盖出租人签名，请提供原件或经签名的租赁合同' }],
  });

  // --- at the counter (综合窗口), for people and businesses without an account
  const people = [
    citizen('陈秀英', '19680415', '022', '13574601101'), citizen('黄建军', '19751109', '013', '13574601102'), citizen('欧阳丽', '19920228', '044', '13574601103'),
    citizen('雷志强', '19880712', '035', '13574601104'), citizen('蒋小红', '19950630', '026', '13574601105'), citizen('邓卫东', '19700903', '017', '13574601106'),
  ];
  const firms = [
    business('蓝山县舜源大药房有限公司', '唐明辉', 'MA4R2P6X', true), business('蓝山县湘南建设工程有限公司', '周国平', 'MA4R3Q7Y', true),
    business('蓝山县塔峰镇好再来饭店', '廖春花', 'MA4R4R8W'), business('蓝山县南岭食品有限公司', '雷振华', 'MA4R5T9A', true),
    business('蓝山县仁和诊所', '李仁和', 'MA4R6U1B'), business('蓝山县舜水供水有限公司', '赵水生', 'MA4R7W2C', true),
    business('蓝山县金源宾馆', '孙金源', 'MA4R8X3D'), business('蓝山县宏达人力资源有限公司', '钟宏达', 'MA4R9Y4E', true),
    business('蓝山县盛世置业有限公司', '冯盛世', 'MA4RAW5F', true), business('蓝山县湘江特种设备有限公司', '汤江', 'MA4RB16G', true),
  ];
  const [pharmacy, builder, restaurant, foodCo, clinic, water, hotel, hr, developer, equipment] = firms as [Applicant, Applicant, Applicant, Applicant, Applicant, Applicant, Applicant, Applicant, Applicant, Applicant];

  // red: past their promised limits
  await accepted(5, people[0]!, { itemCodes: [I.transfer] });
  await accepted(12, clinic, { itemCodes: [I.clinic] });
  await accepted(4, builder, { itemCodes: [I.construction] });
  await accepted(2, people[1]!, { itemCodes: [I.householdMove] });
  const r5 = await accepted(6, restaurant, { itemCodes: [I.food, I.fire] });
  d.at(4, '16:00');
  await d.decide((await d.caseOf(r5.id, I.food))!, 'approve', '经营场所符合食品安全要求，准予许可'); // the fire check is still open: red
  // yellow: due within the yellow window (the short ones only on a working day)
  await accepted(1, people[2]!, { itemCodes: [I.mortgage] });
  await accepted(3, foodCo, { itemCodes: [I.food] });
  await accepted(d.acceptedFor(1, 10), foodCo, { itemCodes: [I.foodProduction] });
  await accepted(5, developer, { itemCodes: [I.presale] });
  // green, under review
  const g1 = await accepted(2, pharmacy, { itemCodes: [I.pharmacy] });
  d.at(1, '09:30');
  await d.review((await d.caseOf(g1.id, I.pharmacy))!);
  const g2 = await accepted(8, hotel, { itemCodes: [I.hotel] });
  d.at(7, '10:00');
  await d.review((await d.caseOf(g2.id, I.hotel))!);
  await accepted(2, business('蓝山县志强五金店', '雷志强', 'MA4RD38J'), { itemCodes: [I.fixedTax] });
  // 容缺受理: accepted with the site plan still owed
  await accepted(2, builder, { itemCodes: [I.drainage], omit: [`${I.drainage}:drainage-plan`] }, {
    pending: [{ itemCode: I.drainage, materialCode: 'drainage-plan', dueDate: d.dateAhead(3) }],
    note: '申请人承诺 3 个工作日内补交',
  });
  // concluded, waiting at the window for pickup
  const c1 = await accepted(6, hr, { itemCodes: [I.labourDispatch] });
  d.at(3, '15:00');
  await d.decideAll(c1.id);
  // delivered the same day (即办件), and a denial inside a delivered application
  for (const [k, who, item] of [[7, people[4]!, I.individualReg], [10, people[5]!, I.birthCert], [3, people[4]!, I.birthCert]] as const) {
    const x = await accepted(k, who, { itemCodes: [item] });
    d.at(k, '11:30');
    await d.decideAll(x.id);
    await d.deliver(x.id);
  }
  const w1 = await accepted(8, restaurant, { itemCodes: [I.workshop] });
  d.at(6, '16:30');
  await d.decideAll(w1.id, () => ({ decision: 'deny', reasons: '加工场所与生活区未有效隔离，不符合《湖南省食品生产加工小作坊小餐饮和食品摊贩管理条例》第十二条' }));
  d.at(5, '09:10');
  await d.deliver(w1.id);
  // 开办企业: six items in one application, delivered within the day
  const kaiban = await file(1, business('蓝山县云冰科技有限公司', '何云冰', 'MA4RC27H', true), {
    bundleCode: 'kaiban-qiye', answers: { hasEmployees: true, employeeCount: 6, needsInvoice: true },
    itemCodes: [I.companyReg, I.seal, I.invoice, I.socialInsurance, I.housingFund, I.bank],
  }, 300);
  d.at(1, '09:45');
  await d.accept(kaiban.id);
  d.at(1, '13:30');
  await d.decideAll(kaiban.id);
  d.at(1, '14:40');
  await d.deliver(kaiban.id);
  // waiting at the window; a correction; a refusal
  await file(0, water, { itemCodes: [I.waterSupply] }, 90);
  await file(0, people[2]!, { itemCodes: [I.transfer] }, 50);
  await file(1, equipment, { itemCodes: [I.landPlanning] }, 30);
  const corr = await file(3, developer, { itemCodes: [I.landPlanning] });
  d.at(2, '10:30');
  await d.post('chuangkou', `/api/v1/applications/${corr.id}/request-correction`, {
    items: [{ kind: 'material', itemCode: I.landPlanning, ref: await firstRequired(d, I.landPlanning), problem: '建设项目总平面图未加盖设计单位出图章，请补正' }],
  });
  const ref = await file(5, equipment, { itemCodes: [I.specialEquipment] });
  d.at(4, '15:20');
  await d.post('chuangkou', `/api/v1/applications/${ref.id}/refuse`, {
    reason: '所申请登记的起重机械尚未经监督检验，依法不属于可办理使用登记的情形',
    legalBasis: '《特种设备使用管理规则》（TSG 08—2017）第 3.3 条',
    cited: [{ kind: 'material', itemCode: I.specialEquipment, ref: await firstRequired(d, I.specialEquipment), problem: '未提供监督检验合格证明' }],
  });
}

async function firstRequired(d: ActivityDriver, itemCode: string): Promise<string> {
  const item = await d.get('jianguan', `/api/v1/catalog/items/${itemCode}`);
  return item.materials.find((m: { required: boolean }) => m.required).code;
}

async function tickets(d: ActivityDriver, s: ActivitySummary): Promise<void> {
  const create = async (user: string, body: Record<string, unknown>) => {
    s.tickets++;
    return (await d.post(user, '/api/v1/tickets', body)).ticket as { id: string };
  };
  // a complaint dispatched twelve working days ago and not yet answered: red
  d.at(12, '09:10');
  const t1 = await create('chuangkou', { kind: 'complaint', title: '小区电梯频繁故障无人维修', content: '舜乡花园 3 栋电梯一个月坏了四次，物业一直拖着不修，老人上下楼很困难。', requesterName: '刘桂兰', requesterPhone: '13574602201', categoryCode: 'housing' });
  await d.post('chuangkou', `/api/v1/tickets/${t1.id}/dispatch`, {});
  // a consultation answered and rated by the citizen
  d.at(6, '10:20');
  const t2 = await create('zhangsan', { kind: 'consultation', title: '社保卡补办需要多长时间', content: '社保卡丢了，补办要带什么材料，多久能拿到？' });
  await d.post('chuangkou', `/api/v1/tickets/${t2.id}/classify`, { categoryCode: 'social-security' });
  await d.post('chuangkou', `/api/v1/tickets/${t2.id}/dispatch`, {});
  d.at(5, '15:00');
  await d.post('rsj-shenhe', `/api/v1/tickets/${t2.id}/answer`, { answer: '携带本人身份证到县政务服务中心人社窗口补办，即时制卡，当场领取。' });
  d.at(4, '09:00');
  await d.post('zhangsan', `/api/v1/tickets/${t2.id}/rating`, { level: 5, comment: '回复很及时' });
  // a complaint transferred to the department whose duty it is
  d.at(3, '11:00');
  const t3 = await create('chuangkou', { kind: 'complaint', title: '夜市烧烤店油烟扰民', content: '塔峰镇南平路夜市的烧烤店每晚油烟很大，楼上住户无法开窗。', requesterName: '邓先生', requesterPhone: '13574602203', categoryCode: 'housing' });
  await d.post('chuangkou', `/api/v1/tickets/${t3.id}/dispatch`, {});
  d.at(2, '10:00');
  await d.post('zjj-shenhe', `/api/v1/tickets/${t3.id}/transfer`, { departmentId: await departmentId(d, 'scjg'), reason: '餐饮油烟排放属市场监管和环保执法职责' });
  // a request for help registered this morning, waiting to be dispatched
  d.at(0, '', 40);
  await create('chuangkou', { kind: 'help', title: '咨询新生儿出生一件事办理', content: '孩子刚出生，想一次把出生证明、户口和医保都办了，需要去哪里？', requesterName: '黄女士', requesterPhone: '13574602204' });
}

async function departmentId(d: ActivityDriver, code: string): Promise<string> {
  const list = await d.get('jianguan', '/api/v1/departments');
  return list.items.find((x: { code: string }) => x.code === code).id;
}

async function disclosure(d: ActivityDriver, s: ActivitySummary): Promise<void> {
  // filed eighteen working days ago: its twenty days are nearly up (yellow)
  d.at(18, '10:00');
  await d.post('zhangsan', '/api/v1/disclosure/requests', { description: '蓝山县 2026 年城区老旧小区改造计划及各小区改造内容、资金安排', purpose: '了解所住小区是否列入改造', format: 'electronic', delivery: 'online', phone: '13807461234' });
  s.disclosureRequests++;
  // extended once, with notice to the applicant
  d.at(15, '09:30');
  const r2 = await d.post('xiangwei', '/api/v1/disclosure/requests', { description: '2026 年度蓝山县餐饮服务食品安全监督抽检结果', format: 'electronic', delivery: 'online', phone: '13907465678' });
  s.disclosureRequests++;
  d.at(2, '16:00');
  await d.post('jianguan', `/api/v1/disclosure/requests/${r2.id}/extension`, { workingDays: 15, reason: '抽检结果涉及多家企业，需逐一核对' });
  // answered at the counter
  d.at(10, '14:00');
  const r3 = await d.post('chuangkou', '/api/v1/disclosure/requests', { applicantName: '唐建华', applicantKind: 'citizen', applicantIdCode: makeIdNumber('431127', '19660321', '019'), description: '蓝山县政务服务中心进驻事项清单及窗口分布', format: 'paper', delivery: 'pickup' });
  s.disclosureRequests++;
  d.at(9, '10:30');
  await d.post('chuangkou', `/api/v1/disclosure/requests/${r3.id}/answer`, { type: 'disclosed', text: '已提供政务服务中心进驻事项清单（共 312 项）及一、二楼窗口分布图。' });
}
