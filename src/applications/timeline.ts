import { chainEntries } from '../audit/index.js';
import { maskData, type Audience, type PersonalClass } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { userById } from '../identity/index.js';
import { applicationChain } from './events.js';

const actionNames: Record<string, string> = {
  drafted: '保存草稿',
  submitted: '提交申请',
  submit: '提交申请',
  accept: '受理',
  requestCorrection: '一次性补正告知',
  supplyCorrection: '提交补正材料',
  refuse: '不予受理',
  concluded: '全部办结',
  deliver: '出件',
  deliverPart: '部分出件',
  pickupChosen: '选择领取方式',
  pendingReceived: '容缺材料已补交',
  pendingChecked: '容缺材料核验通过',
  pendingReturned: '容缺材料退回重交',
  pendingLapsed: '容缺材料逾期未补交',
  withdraw: '申请人撤回申请',
  correctionLapsed: '逾期未补正，视为撤回',
  'case.lapse': '容缺材料逾期，按事项规定办结',
  'licence.withheld': '容缺材料未补齐，暂缓发证',
  'case.start': '开始办理',
  'case.block': '等待前置事项',
  'case.cancel': '终止',
  'case.review': '审核',
  'case.requestSiteCheck': '现场核查',
  'case.recordSiteCheck': '登记核查结果',
  'case.requestMore': '审核补正告知',
  'case.supplyMore': '提交审核补正材料',
  'case.approve': '准予许可',
  'case.deny': '不予许可',
  'case.autoApprove': '秒批通过',
  'case.approveOnCommitment': '告知承诺制准予许可',
  'case.denyForDependency': '前置事项未获批准',
  'case.commitmentWithdrawn': '因失信记录转一般程序',
  'case.autoApprovalNotApplicable': '不符合秒批规则，转人工审核',
  'case.fastTrackWithdrawn': '因失信记录取消秒批或告知承诺，转一般程序',
  'commitment.confirmed': '告知承诺核查属实',
  'commitment.breached': '告知承诺核查不实，列入失信记录',
  'case.extended': '延期',
  'case.specialProcedureStarted': '启动特别程序，暂停计时',
  'case.specialProcedureEnded': '特别程序结束，恢复计时',
  'guideException.requested': '申请清单外例外',
  'guideException.approved': '批准清单外例外',
  'guideException.rejected': '驳回清单外例外',
  'licence.issued': '核发电子证照',
  'licence.reused': '免提交：引用电子证照',
};

export interface TimelineSource {
  entries: Awaited<ReturnType<typeof chainEntries>>;
  names: Map<string, string>;
}

/** The application's history, straight from its audit chain (what is shown is what is verified), with its actors' names. */
export async function loadTimeline(q: Queryable, applicationId: string): Promise<TimelineSource> {
  const entries = await chainEntries(q, applicationChain(applicationId));
  const names = new Map<string, string>();
  for (const id of new Set(entries.map((e) => e.actorId).filter((x): x is string => !!x))) names.set(id, (await userById(q, id))?.name ?? '');
  return { entries, names };
}

/**
 * The timeline as an actor of `audience` sees it. The entries' data is what the event recorded (a holder's ID number,
 * a corrected form): form keys are masked by their class, everything else by shape.
 */
export function presentTimeline({ entries, names }: TimelineSource, audience: Audience, formClasses: ReadonlyMap<string, PersonalClass>) {
  return entries.map((e) =>
    maskData(
      {
        seq: e.seq,
        at: e.at.toISOString(),
        action: e.action,
        actionName: actionNames[e.action] ?? e.action,
        actor: e.actorId ? { id: e.actorId, name: names.get(e.actorId) ?? '' } : { id: null, name: '系统' },
        caseId: (e.data.caseId as string | undefined) ?? null,
        before: (e.data.before as string | null | undefined) ?? null,
        after: (e.data.after as string | null | undefined) ?? null,
        reason: (e.data.reason as string | null | undefined) ?? null,
        data: e.data,
        hash: e.hash,
      },
      audience,
      (key) => formClasses.get(key),
    ),
  );
}
