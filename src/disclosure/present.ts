import { maskIdNumber, maskPhone, maskShapes } from '../core/index.js';
import { answerTypeNames, statusNames } from './rules.js';
import type * as store from './store.js';

const formatNames = { paper: '纸质', electronic: '电子' } as const;
const deliveryNames = { online: '网上获取', email: '电子邮件', post: '邮寄', pickup: '当面领取' } as const;
const opinionNames = { agrees: '同意公开', objects: '不同意公开', 'no-reply': '逾期未答复' } as const;

/**
 * Personal numbers stay masked except for the applicant; organisations' codes are public. A number typed into the
 * free text (the description, the purpose) is masked by its shape for everyone else too.
 */
export function presentRequest(r: store.RequestRow, opts: { own: boolean }) {
  const text = <T extends string | null>(s: T): T => (s === null || opts.own ? s : (maskShapes(s) as T));
  return {
    id: r.id,
    number: r.number,
    applicantKind: r.applicant_kind,
    applicantName: r.applicant_name,
    applicantIdCode: r.applicant_kind === 'organisation' || opts.own ? r.applicant_id_code : maskIdNumber(r.applicant_id_code),
    applicantPhone: opts.own ? r.applicant_phone : maskPhone(r.applicant_phone),
    departmentId: r.department_id,
    description: text(r.description),
    purpose: text(r.purpose),
    format: r.format,
    formatName: formatNames[r.format],
    delivery: r.delivery,
    deliveryName: deliveryNames[r.delivery],
    status: r.status,
    statusName: statusNames[r.status],
    receivedAt: r.received_at.toISOString(),
    dueDate: r.due_date,
    extension: r.extended_at ? { at: r.extended_at.toISOString(), workingDays: r.extension_days, reason: r.extension_reason } : null,
    answer: r.answered_at
      ? { type: r.answer_type, typeName: answerTypeNames[r.answer_type!], text: r.answer_text, legalBasis: r.legal_basis, at: r.answered_at.toISOString(), onTheSpot: r.on_the_spot, onTime: r.on_time }
      : null,
  };
}

export function presentConsultation(c: store.ConsultationRow) {
  return { id: c.id, thirdParty: c.third_party, question: c.question, sentAt: c.sent_at.toISOString(), repliedAt: c.replied_at?.toISOString() ?? null, opinion: c.opinion, opinionName: c.opinion ? opinionNames[c.opinion] : null, note: c.opinion_note };
}
