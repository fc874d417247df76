import { AppError, newId, shanghaiDateOf, validateIdNumber, validateUscc, type AppDeps } from '../core/index.js';
import { appendAudit } from '../audit/index.js';
import { departmentByCode, departmentById, hasRole, type Actor } from '../identity/index.js';
import { trackDeadline } from './deadlines.js';
import { ANSWER_WORKING_DAYS } from './rules.js';
import * as store from './store.js';

export interface FileRequestInput {
  description: string;
  purpose?: string;
  format: 'paper' | 'electronic';
  delivery: 'online' | 'email' | 'post' | 'pickup';
  /** The agency asked; default: the county's disclosure office (in the approval bureau, as in 娄底). */
  departmentId?: string;
  phone?: string;
  address?: string;
  /** A window clerk filing a request made in person gives the applicant's identity. */
  applicantName?: string;
  applicantKind?: 'citizen' | 'organisation';
  applicantIdCode?: string;
}

/** A request filed online (or recorded at the window): the 20-working-day clock starts on the deadline engine. */
export async function fileRequest(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, input: FileRequestInput): Promise<store.RequestRow> {
  const atWindow = hasRole(actor, 'clerk') && !!input.applicantName;
  let kind: 'citizen' | 'organisation';
  let name: string;
  let idCode: string | null;
  if (atWindow) {
    kind = input.applicantKind ?? 'citizen';
    name = input.applicantName!.trim();
    idCode = input.applicantIdCode?.trim().toUpperCase() || null;
    if (idCode) {
      const v = kind === 'citizen' ? validateIdNumber(idCode) : validateUscc(idCode);
      if (!v.valid) throw new AppError('DISCLOSURE_ID_INVALID', { reason: v.reason });
    }
  } else {
    kind = actor.kind === 'business' ? 'organisation' : 'citizen';
    name = actor.kind === 'business' ? actor.orgName ?? actor.name : actor.name;
    idCode = actor.kind === 'business' ? actor.uscc : actor.idNumber;
  }
  return deps.db.transaction(async (tx) => {
    const department = input.departmentId ? await departmentById(tx, input.departmentId) : await departmentByCode(tx, 'xzsp');
    if (!department) throw new AppError('NOT_FOUND', { what: '部门' });
    const now = deps.clock.now();
    const r = await store.insertRequest(tx, {
      id: newId(),
      applicant_user_id: atWindow ? null : actor.userId,
      applicant_kind: kind,
      applicant_name: name,
      applicant_id_code: idCode,
      applicant_phone: input.phone?.trim() || null,
      applicant_address: input.address?.trim() || null,
      department_id: department.id,
      region_code: department.region_code,
      description: input.description.trim(),
      purpose: input.purpose?.trim() || null,
      format: input.format,
      delivery: input.delivery,
      received_at: now,
    }, shanghaiDateOf(now).slice(0, 4));
    const deadline = await trackDeadline(tx, {
      subjectKind: 'disclosure',
      subjectId: r.id,
      title: `依申请公开 ${r.number}`,
      departmentId: department.id,
      regionCode: department.region_code.trim(),
      startedAt: now,
      workingDays: ANSWER_WORKING_DAYS,
    });
    await appendAudit(tx, { chain: `disclosure:${r.id}`, actorId: actor.userId, action: 'disclosure.filed', data: { number: r.number, dueOn: deadline.dueOn }, at: now });
    return store.saveRequest(tx, { ...r, due_date: deadline.dueOn });
  });
}
