import { ManualClock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { departmentByCode } from '../identity/index.js';
import { answerRectification } from './answer-rectification.js';
import { appealRating } from './appeal-rating.js';
import { decideAppeal } from './decide-appeal.js';
import { demoActor } from './demo-actor.js';
import { followUpRectification } from './follow-up-rectification.js';
import { recordVisit } from './record-visit.js';
import * as store from './store.js';
import { submitRating } from './submit-rating.js';

interface DemoVisit {
  at: string;
  item: string;
  dept: string;
  rater?: 'zhangsan' | 'xiangwei';
  visitor?: [name: string, phone: string];
  levels: [overall: number, efficiency: number, competence: number, attitude: number];
  comment?: string;
}

/** Window visits of the demo county over two quarters, rated at the counter pad (一次一评). */
const visits: DemoVisit[] = [
  { at: '2024-10-09T10:12:00+08:00', item: '营业执照（个体工商户设立登记）', dept: 'scjg', rater: 'xiangwei', levels: [5, 5, 5, 5], comment: '一个窗口就办完了，半天拿到执照。' },
  { at: '2024-10-15T15:40:00+08:00', item: '食品经营许可证（新办）', dept: 'scjg', visitor: ['陈女士', '13574610021'], levels: [4, 4, 5, 4] },
  { at: '2024-10-21T09:30:00+08:00', item: '公共场所卫生许可证（新办）', dept: 'wjj', visitor: ['刘先生', '13974612233'], levels: [2, 2, 3, 2], comment: '材料要求前后说法不一，跑了两趟。' },
  { at: '2024-11-07T11:05:00+08:00', item: '社会保障卡补办', dept: 'rsj', rater: 'zhangsan', levels: [5, 5, 4, 5], comment: '当场制卡，很方便。' },
  { at: '2024-11-12T14:20:00+08:00', item: '居民身份证换领', dept: 'gaj', levels: [3, 3, 3, 4] },
  { at: '2024-11-26T10:00:00+08:00', item: '不动产登记资料查询', dept: 'zrzy', visitor: ['黄先生', '18874613344'], levels: [5, 4, 5, 5] },
  { at: '2024-12-03T16:10:00+08:00', item: '食品经营许可证（变更）', dept: 'scjg', levels: [1, 1, 2, 1], comment: '窗口人员态度很差！！！' },
  { at: '2024-12-10T09:45:00+08:00', item: '建筑工程施工许可证', dept: 'zjj', visitor: ['蓝山县某建设公司 唐经理', '13707461188'], levels: [4, 4, 4, 5] },
  { at: '2025-01-08T10:30:00+08:00', item: '营业执照（变更登记）', dept: 'scjg', rater: 'xiangwei', levels: [5, 5, 5, 5] },
  { at: '2025-01-20T15:00:00+08:00', item: '公共场所卫生许可证（延续）', dept: 'wjj', levels: [4, 5, 4, 4] },
  { at: '2025-02-05T11:20:00+08:00', item: '社会保障卡补办', dept: 'rsj', visitor: ['邓女士', '13807469900'], levels: [5, 5, 5, 5] },
  { at: '2025-02-10T09:10:00+08:00', item: '居民户口簿补领', dept: 'gaj', rater: 'zhangsan', levels: [4, 4, 4, 5] },
];

/** Demo ratings with one bad rating rectified and followed up, and one malicious rating voided on appeal. */
export async function seedRatings(db: Db): Promise<void> {
  const clock = new ManualClock('2024-10-01T09:00:00+08:00');
  const deps = { db, clock };
  const clerk = await demoActor(db, 'chuangkou');
  const ratingIds: string[] = [];
  for (const v of visits) {
    clock.set(v.at);
    const department = (await departmentByCode(db, v.dept))!;
    const rater = v.rater ? await demoActor(db, v.rater) : null;
    const h = await recordVisit(deps, clerk, { itemName: v.item, departmentId: department.id, raterUserId: rater?.userId, raterName: v.visitor?.[0], raterPhone: v.visitor?.[1] });
    clock.advance(5 * 60_000);
    const [overall, serviceEfficiency, serviceLevel, attitude] = v.levels;
    const r = await submitRating(deps, rater, { ratingCode: h.rating_code!, indicators: { overall, serviceEfficiency, serviceLevel, attitude }, comment: v.comment });
    ratingIds.push(r.id);
  }

  // 卫健局 verifies the real-name bad rating, fixes its material list, and calls the rater back.
  const health = await demoActor(db, 'wjj-shenhe');
  const healthRect = await store.liveRectificationOf(db, ratingIds[2]!);
  clock.set('2024-10-24T10:00:00+08:00');
  await answerRectification(deps, health, healthRect!.id, {
    finding: '经核实，窗口对“从业人员健康合格证明”的要求与办事指南表述不一致，导致申请人往返两次。',
    action: '已统一办事指南与窗口一次性告知单的材料表述，并对窗口人员开展业务培训；申请人的许可证已于当日办结。',
  });
  clock.set('2024-10-28T15:30:00+08:00');
  await followUpRectification(deps, health, healthRect!.id, { method: 'phone', result: 'satisfied', note: '电话回访刘先生，对整改结果表示满意。' });

  // An anonymous "very dissatisfied" rating left during a system test at the counter: appealed and voided.
  const head = await demoActor(db, 'scjg-kezhang');
  clock.set('2024-12-04T09:00:00+08:00');
  const appeal = await appealRating(deps, head, ratingIds[6]!, {
    reasonKind: 'mistaken',
    explanation: '经调取窗口录音录像，该时段为评价器联调测试，办事群众未实际评价，属误评。',
  });
  const supervisor = await demoActor(db, 'jianguan');
  clock.set('2024-12-05T16:00:00+08:00');
  await decideAppeal(deps, supervisor, appeal.id, { uphold: true, note: '经核查录像及评价器日志，情况属实，予以作废。' });
}
