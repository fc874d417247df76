import { appendAudit } from '../audit/index.js';
import { AppError, newId, type AppDeps } from '../core/index.js';
import { departmentById, departmentByCode, type Actor } from '../identity/index.js';
import { issueLicence, type IssuedLicence } from '../licences/index.js';
import { can, inReach } from './policy.js';
import { concernedDepartments } from './drawing-review.js';
import { loadProject, projectState } from './project-state.js';
import { ACCEPTANCE_STAGE, acceptanceReady, JOINT_ACCEPTANCE_DEPARTMENTS, type FindingVerdict } from './rules.js';
import * as store from './store.js';

const LEAD = JOINT_ACCEPTANCE_DEPARTMENTS[0];

async function actorDepartmentCode(deps: AppDeps, actor: Actor): Promise<string | null> {
  return actor.departmentId ? ((await departmentById(deps.db, actor.departmentId))?.code ?? null) : null;
}

/**
 * 联合验收: once the 竣工验收 filing is accepted, the lead department schedules one inspection visit for every
 * department concerned (进一次门、验多项).
 */
export async function scheduleAcceptance(deps: AppDeps, actor: Actor, projectId: string, input: { scheduledFor: Date; place: string }): Promise<store.AcceptanceRow> {
  const project = await loadProject(deps.db, projectId);
  if (!inReach(actor, project)) throw new AppError('PROJECT_NOT_FOUND');
  if (!can(actor, 'scheduleAcceptance', project, { departmentCode: await actorDepartmentCode(deps, actor), leadCode: LEAD })) throw new AppError('FORBIDDEN');
  const state = await projectState(deps, project);
  if (state.stages.find((s) => s.key === ACCEPTANCE_STAGE)?.status !== 'handling') throw new AppError('ACCEPTANCE_NOT_OPEN');
  const departments = await concernedDepartments(deps, project.region_code, JOINT_ACCEPTANCE_DEPARTMENTS);
  const now = deps.clock.now();
  const id = newId();
  await deps.db.transaction(async (tx) => {
    if (!(await store.insertAcceptance(tx, { id, project_id: project.id, departments, scheduled_for: input.scheduledFor, place: input.place, scheduled_by: actor.userId }))) {
      throw new AppError('ACCEPTANCE_EXISTS');
    }
    await appendAudit(tx, { chain: `project:${project.id}`, actorId: actor.userId, action: 'acceptance.scheduled', data: { acceptanceId: id, scheduledFor: input.scheduledFor.toISOString(), departments }, at: now });
  });
  return (await store.acceptanceById(deps.db, id))!;
}

export async function reachableAcceptance(deps: AppDeps, actor: Actor, id: string) {
  const acceptance = await store.acceptanceById(deps.db, id);
  const project = acceptance && (await store.projectById(deps.db, acceptance.project_id));
  if (!acceptance || !project || !inReach(actor, project)) throw new AppError('ACCEPTANCE_NOT_FOUND');
  return { acceptance, project };
}

/** One department's findings from the visit (recorded again after a rectification, until the certificate is issued). */
export async function recordFinding(deps: AppDeps, actor: Actor, id: string, input: { verdict: FindingVerdict; findings: string }): Promise<store.AcceptanceRow> {
  const { acceptance, project } = await reachableAcceptance(deps, actor, id);
  const code = await actorDepartmentCode(deps, actor);
  if (!can(actor, 'recordFinding', project, { departmentCode: code })) throw new AppError('FORBIDDEN');
  if (!acceptance.departments.includes(code!)) throw new AppError('ACCEPTANCE_NOT_CONCERNED');
  if (acceptance.status === 'issued') throw new AppError('ACCEPTANCE_ISSUED');
  const now = deps.clock.now();
  if (now < acceptance.scheduled_for) throw new AppError('ACCEPTANCE_TOO_EARLY');
  await deps.db.transaction(async (tx) => {
    const locked = (await store.acceptanceById(tx, id, true))!;
    if (locked.status === 'issued') throw new AppError('ACCEPTANCE_ISSUED');
    await store.upsertFinding(tx, { acceptanceId: id, departmentCode: code!, verdict: input.verdict, findings: input.findings, inspectorId: actor.userId, at: now });
    await appendAudit(tx, { chain: `project:${project.id}`, actorId: actor.userId, action: 'acceptance.finding', data: { acceptanceId: id, department: code, verdict: input.verdict }, at: now });
  });
  return (await store.acceptanceById(deps.db, id))!;
}

/**
 * 出具竣工联合验收意见书: when every department on the visit passed the project, the lead department issues one
 * certificate, as a signed e-licence of the building company (and a PDF of it).
 */
export async function issueCertificate(deps: AppDeps, actor: Actor, id: string): Promise<{ acceptance: store.AcceptanceRow; licence: IssuedLicence }> {
  const { acceptance, project } = await reachableAcceptance(deps, actor, id);
  if (!can(actor, 'issueCertificate', project, { departmentCode: await actorDepartmentCode(deps, actor), leadCode: LEAD })) throw new AppError('FORBIDDEN');
  if (acceptance.status === 'issued') throw new AppError('ACCEPTANCE_ISSUED');
  const now = deps.clock.now();
  const licence = await deps.db.transaction(async (tx) => {
    const locked = (await store.acceptanceById(tx, id, true))!;
    if (locked.status === 'issued') throw new AppError('ACCEPTANCE_ISSUED');
    const findings = await store.findingsOf(tx, id);
    const verdicts = new Map(findings.map((f) => [f.department_code, f.verdict]));
    if (!acceptanceReady(locked.departments, verdicts)) {
      const names = await store.departmentNames(tx, locked.departments.filter((d) => verdicts.get(d) !== 'pass'));
      throw new AppError('ACCEPTANCE_NOT_READY', { departments: [...names.values()].map((d) => d.name).join('、') });
    }
    const lead = await departmentByCode(tx, LEAD);
    const certificateNo = `竣联验〔${project.project_code.slice(0, 4)}〕${project.project_code.slice(-6)}号`;
    const issued = await issueLicence(tx, deps, {
      type: 'joint-acceptance-certificate',
      holder: { id: project.applicant_uscc ?? '', name: project.applicant_name, userId: project.applicant_user_id },
      origin: {
        kind: 'registration',
        reason: `竣工联合验收：${project.name}（项目代码 ${project.project_code}），${findings.length} 个部门现场验收合格`,
        departmentId: lead?.id,
        data: {
          certificateNo, name: project.applicant_name, projectName: project.name, projectCode: project.project_code, location: project.address,
          conclusion: '验收合格，准予交付使用', departments: findings.map((f) => f.department_name).join('、'),
        },
      },
      actorId: actor.userId,
    });
    if (!(await store.markIssued(tx, id, { certificateNo, licenceId: issued.id, identifier: issued.identifier, payload: issued.payload, at: now, by: actor.userId }))) throw new AppError('ACCEPTANCE_ISSUED');
    await appendAudit(tx, { chain: `project:${project.id}`, actorId: actor.userId, action: 'acceptance.certificateIssued', data: { acceptanceId: id, certificateNo, licence: issued.identifier }, at: now });
    return issued;
  });
  return { acceptance: (await store.acceptanceById(deps.db, id))!, licence };
}
