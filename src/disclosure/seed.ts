import { makeIdNumber, ManualClock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { userByUsername, type Actor } from '../identity/index.js';
import { answerRequest } from './answer-request.js';
import { endConsultation, startConsultation } from './consult-third-party.js';
import { extendRequest } from './extend-request.js';
import { fileRequest } from './file-request.js';

const actorOf = async (db: Db, username: string): Promise<Actor> => {
  const u = (await userByUsername(db, username))!;
  return { userId: u.id, username: u.username, name: u.name, roles: u.roles, kind: u.kind, departmentId: u.department_id, regionCode: u.region_code, idNumber: u.id_number, uscc: u.uscc, orgName: u.org_name };
};

/** Requests for government information at every stage, handled by the county's disclosure office (审批服务局). */
export async function seedDisclosure(db: Db): Promise<void> {
  const clock = new ManualClock('2025-01-21T10:00:00+08:00');
  const deps = { db, clock };
  const business = await actorOf(db, 'xiangwei');
  const citizen = await actorOf(db, 'zhangsan');
  const clerk = await actorOf(db, 'chuangkou');
  const head = await actorOf(db, 'jianguan');

  // A business asks for the subsidy list; the listed companies are consulted (the clock stops), then it is disclosed.
  const d1 = await fileRequest(deps, business, {
    description: '2025 年度蓝山县复工复产惠企政策资金兑现情况，包括补贴标准、申报条件及获得补贴的企业名单和金额。',
    purpose: '了解惠企政策，准备本年度申报',
    format: 'electronic',
    delivery: 'online',
    phone: '13907465678',
  });
  clock.set('2025-01-22T09:30:00+08:00');
  await startConsultation(deps, clerk, d1.id, { thirdParty: '蓝山县湘南食品有限公司等 12 家获补贴企业', question: '拟公开贵单位获得复工复产补贴的金额，请于 15 个工作日内书面答复是否同意公开。' });
  clock.set('2025-02-06T16:00:00+08:00');
  await endConsultation(deps, clerk, d1.id, { opinion: 'agrees', note: '12 家企业均书面同意公开。' });
  clock.set('2025-02-07T10:00:00+08:00');
  await answerRequest(deps, clerk, d1.id, { type: 'disclosed', text: '现将《2025 年度蓝山县复工复产惠企政策资金兑现情况表》（含补贴标准、申报条件、企业名单及金额）以电子文件形式提供，请登录查收。' });

  // A citizen asks at the window for the guides of the hall: answered on the spot.
  clock.set('2025-02-11T09:20:00+08:00');
  const d2 = await fileRequest(deps, clerk, {
    applicantName: '王建国', applicantKind: 'citizen', applicantIdCode: makeIdNumber('431127', '19680815', '013'),
    description: '县政务服务中心进驻事项清单及各窗口办事指南。', format: 'paper', delivery: 'pickup',
  });
  clock.set('2025-02-11T09:45:00+08:00');
  await answerRequest(deps, clerk, d2.id, { type: 'disclosed', text: '已当场提供《蓝山县政务服务中心进驻事项清单》及相关办事指南纸质文本。' });

  // Information the county never held.
  clock.set('2025-02-10T14:00:00+08:00');
  const d3 = await fileRequest(deps, citizen, { description: '2009 年蓝山县舜城大道拓宽工程的施工招标文件及中标合同。', format: 'electronic', delivery: 'email' });
  clock.set('2025-02-25T10:00:00+08:00');
  await answerRequest(deps, clerk, d3.id, { type: 'not-held', text: '经检索，本机关未制作、获取该工程的招标文件及合同，建议向原建设单位或县住房和城乡建设局咨询。' });

  // A request about resettlement compensation that needs archives pulled: extended once, then partly disclosed.
  clock.set('2025-02-12T11:00:00+08:00');
  const d4 = await fileRequest(deps, citizen, { description: '塔峰镇舜城大道棚户区改造项目征收补偿安置方案及补偿标准。', purpose: '本人房屋位于征收范围内', format: 'paper', delivery: 'post', address: '蓝山县塔峰镇舜城大道 88 号' });
  clock.set('2025-03-05T15:00:00+08:00');
  await extendRequest(deps, head, d4.id, { workingDays: 15, reason: '所需信息涉及多个部门档案，需调取核对' });
  clock.set('2025-03-19T10:30:00+08:00');
  await answerRequest(deps, clerk, d4.id, {
    type: 'partly-disclosed',
    legalBasisCode: 'art15',
    text: '现提供《塔峰镇舜城大道棚户区改造项目房屋征收补偿安置方案》及补偿标准；方案附件中其他被征收户的姓名、面积和补偿金额涉及个人隐私，不予公开。',
  });
}
