import { ManualClock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { departmentByCode, userByUsername, type Actor } from '../identity/index.js';
import { answerTicket } from './answer-ticket.js';
import { classifyTicket } from './classify-ticket.js';
import { createTicket } from './create-ticket.js';
import { dispatchTicket } from './dispatch-ticket.js';
import { saveKnowledgeIn } from './knowledge.js';
import { linkDuplicate } from './link-duplicate.js';
import { rateTicket } from './rate-ticket.js';
import * as store from './store.js';
import { transferTicket } from './transfer-ticket.js';

/** [code, name, department, working days]: categories of the county's 12345 hotline. */
const categories: Array<[string, string, string, number]> = [
  ['market', '市场监管（食品安全、消费维权、证照办理）', 'scjg', 5],
  ['city', '城市管理（市容环境、占道经营、噪音）', 'cgj', 5],
  ['housing', '住房建设（施工许可、物业、房屋质量）', 'zjj', 10],
  ['social-security', '社会保障（社保、就业、工资）', 'rsj', 10],
  ['health', '医疗卫生（医疗服务、公共卫生）', 'wjj', 5],
  ['public-security', '户政治安（户籍、身份证、居住证）', 'gaj', 5],
  ['land', '不动产与自然资源', 'zrzy', 10],
  ['transport', '交通运输', 'jtj', 5],
  ['environment', '生态环境', 'sthj', 5],
  ['education', '教育', 'jyj', 10],
  ['government-services', '政务服务（办事流程、窗口服务、好差评）', 'xzsp', 3],
];

/** Answers the hotline gives most often (扩充知识库内容，即时解答各类咨询). */
const knowledge: Array<[category: string, title: string, question: string, answer: string]> = [
  ['market', '个体工商户营业执照办理需要哪些材料', '开个体店办营业执照要带什么材料？在哪里办？', '携带经营者身份证、经营场所使用证明（房产证或租赁合同），到县政务服务中心“一照通”综合窗口或在湖南政务服务网在线申请，材料齐全当场受理，一般 1 个工作日内办结；涉及食品经营的可同时勾选食品经营许可，一次申请、一窗出件。'],
  ['market', '食品经营许可证办理流程', '开餐馆需要办食品经营许可证吗？多久能拿到？', '从事餐饮服务须取得食品经营许可证。可在“开餐馆一件事”中与营业执照、公共场所卫生许可、消防检查一并申请，智能导办生成一次性告知单，联合勘验一次完成，承诺 10 个工作日内办结。'],
  ['social-security', '社会保障卡丢失补办', '社保卡丢了怎么补办？要多长时间？', '先拨打 12333 或在湘税社保 APP 挂失，再携带本人身份证到县政务服务中心人社窗口或合作银行网点补办，窗口即时制卡，当场领取。'],
  ['health', '公共场所卫生许可证办理', '开宾馆、美容店需要办卫生许可证吗？', '住宿、美容美发、沐浴等公共场所须办理公共场所卫生许可证。实行告知承诺制，申请人签署承诺书并提交材料即可当场发证，卫健局在 1 个月内现场核查。'],
  ['public-security', '居住证办理', '外地户口在蓝山工作怎么办居住证？', '在本县居住半年以上，有合法稳定就业、住所或连续就读的，可携带身份证、居住证明到居住地派出所或政务服务中心公安窗口申领居住证，15 个工作日内制发。'],
  ['land', '不动产登记资料查询', '怎么查询房子的产权登记信息？', '权利人携带身份证到不动产登记窗口或通过“不动产登记网上服务平台”查询，可现场打印查询结果证明，即查即得。'],
  ['government-services', '跨省通办业务办理', '在外地能办理蓝山的业务吗？', '湘阴县、蓝山县等地已与合作地区签订跨省通办协议，可选择全程网办或在就近政务服务中心“跨省通办”窗口异地代收代办，由属地部门审批后邮寄送达。'],
  ['government-services', '政务服务好差评', '对窗口服务不满意怎么评价？差评会处理吗？', '办事后可在窗口评价器、政务服务网或 APP 对每次办事进行评价（一次一评、一事一评）。差评由办理部门核实整改，实名差评 100% 回访，整改结果可在“我的评价”中查看。'],
  ['government-services', '政府信息依申请公开', '想了解政府的某项信息，怎么申请公开？', '可在县政府门户网站依申请公开栏目在线提交，或到政务公开专窗书面申请。能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复，需延长的经负责人同意并告知申请人，延长期限最长不超过 20 个工作日。'],
  ['housing', '消防通道堵塞、楼道充电投诉', '小区消防通道被占用、楼道里给电动车充电，找谁处理？', '占用、堵塞消防通道和在楼道、楼梯间为电动自行车充电属违法行为。可先要求物业服务企业劝阻清理；物业不履职或拒不改正的，拨打 12345 或 96119 举报，由消防救援机构依法查处，住建部门督促物业履行管理责任。'],
  ['city', '夜间施工噪音投诉', '晚上工地施工太吵怎么办？', '夜间（22 时至次日 6 时）禁止产生噪声污染的建筑施工作业，因特殊需要必须连续施工的应取得证明并公告。可拨打 12345 投诉，由城管执法部门现场查处。'],
];

const actorOf = async (db: Db, username: string): Promise<Actor> => {
  const u = (await userByUsername(db, username))!;
  return { userId: u.id, username: u.username, name: u.name, roles: u.roles, kind: u.kind, departmentId: u.department_id, regionCode: u.region_code, idNumber: u.id_number, uscc: u.uscc, orgName: u.org_name };
};

/** Categories, knowledge base and a few realistic tickets at every stage. */
export async function seedTickets(db: Db): Promise<void> {
  const clock = new ManualClock('2025-01-05T08:30:00+08:00');
  const deps = { db, clock };
  await db.transaction(async (tx) => {
    let sort = 0;
    for (const [code, name, dept, days] of categories) {
      const d = (await departmentByCode(tx, dept))!;
      await store.upsertCategory(tx, { code, name, department_id: d.id, working_days: days, sort: sort++, updated_at: clock.now() });
    }
    for (const [category, title, question, answer] of knowledge) await saveKnowledgeIn(tx, clock.now(), null, { categoryCode: category, title, question, answer });
  });

  const operator = await actorOf(db, 'chuangkou');
  const zhangsan = await actorOf(db, 'zhangsan');
  const xfjy = await actorOf(db, 'xfjy-shenhe');
  const rsj = await actorOf(db, 'rsj-shenhe');
  const zjj = await actorOf(db, 'zjj-shenhe');
  const at = (s: string) => clock.set(s);

  // A consultation answered from the knowledge base and rated by the citizen.
  at('2025-01-06T09:15:00+08:00');
  const c1 = await createTicket(deps, zhangsan, { kind: 'consultation', title: '社保卡丢失怎么补办', content: '我的社保卡不小心丢了，请问在哪里补办，需要带什么材料，多久可以拿到？', requesterPhone: '13807461234' });
  at('2025-01-06T09:40:00+08:00');
  await classifyTicket(deps, operator, c1.ticket.id, { categoryCode: 'social-security' });
  await dispatchTicket(deps, operator, c1.ticket.id, {});
  at('2025-01-07T10:00:00+08:00');
  await answerTicket(deps, rsj, c1.ticket.id, { answer: '您好，请先拨打 12333 挂失，再携带本人身份证到县政务服务中心人社窗口补办，窗口即时制卡、当场领取。' });
  at('2025-01-07T18:00:00+08:00');
  await rateTicket(deps, zhangsan, c1.ticket.id, { level: 5, comment: '回复很及时。' });

  // A complaint about a blocked fire escape: sent to 住建局 (property management), transferred to 消防救援大队, answered;
  // a second caller about the same building is linked to it.
  at('2025-01-14T20:40:00+08:00');
  const n1 = await createTicket(deps, operator, { kind: 'complaint', title: '舜城大道某商住楼消防通道被杂物堵塞', content: '塔峰镇舜城大道某商住楼一楼消防通道长期堆放杂物和电动车，物业不管，存在火灾隐患，希望尽快处理。', requesterName: '唐先生', requesterPhone: '13974615566', categoryCode: 'housing' });
  at('2025-01-15T08:50:00+08:00');
  await dispatchTicket(deps, operator, n1.ticket.id, {});
  const n2 = await createTicket(deps, operator, { kind: 'complaint', title: '舜城大道商住楼消防通道堆放电动车', content: '舜城大道那栋商住楼的消防通道停满电动车，还在楼道里充电，很危险，请处理。', requesterName: '李女士', requesterPhone: '13574617788' });
  await linkDuplicate(deps, operator, n2.ticket.id, { masterId: n1.ticket.id });
  at('2025-01-15T15:00:00+08:00');
  const fire = (await departmentByCode(db, 'xfjy'))!;
  await transferTicket(deps, zjj, n1.ticket.id, { departmentId: fire.id, reason: '消防通道堵塞、楼道充电属消防救援机构监督检查职责，转消防救援大队办理。' });
  at('2025-01-17T16:30:00+08:00');
  await answerTicket(deps, xfjy, n1.ticket.id, { answer: '经现场检查，已责令物业当场清理消防通道杂物和电动车，对楼道违规充电行为下发整改通知书，并将该楼纳入重点巡查。' });

  // A suggestion answered by the approval bureau.
  at('2025-02-07T10:20:00+08:00');
  const s1 = await createTicket(deps, operator, { kind: 'suggestion', title: '建议政务服务中心周末开放延时服务窗口', content: '上班族工作日请不了假，建议政务服务中心周末开放部分常办事项的窗口。', requesterName: '邓先生', requesterPhone: '18874619900', categoryCode: 'government-services' });
  await dispatchTicket(deps, operator, s1.ticket.id, {});
  at('2025-02-11T11:00:00+08:00');
  await answerTicket(deps, operator, s1.ticket.id, { answer: '感谢您的建议。自 3 月起，县政务服务中心每周六上午开放社保、户政、不动产等常办事项窗口，并提供预约延时服务。' });

  // A request just registered, waiting for an operator to dispatch it to 交通运输局.
  at('2025-02-26T12:30:00+08:00');
  await createTicket(deps, operator, { kind: 'help', title: '县城至所城镇公交班次太少', content: '所城镇到县城的公交车下午四点以后就没有班次了，学生和上班的人回不了家，希望增加晚班车。', requesterName: '周女士', requesterPhone: '13707463322', categoryCode: 'transport' });
}
