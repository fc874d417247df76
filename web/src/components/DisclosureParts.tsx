import { Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { DisclosureRequest } from '../api/disclosure';
import { useDepartments } from '../api/useDepartments';
import { formatDate } from '../format';
import { defineMessages, useT } from '../i18n';
import { DeadlineTag } from './Status';

const m = defineMessages({
  'dr.number': ['申请编号', 'Number'],
  'dr.applicant': ['申请人', 'Applicant'],
  'dr.description': ['所需信息', 'Information asked for'],
  'dr.department': ['答复机关', 'Agency'],
  'dr.receivedAt': ['收到日期', 'Received'],
  'dr.status': ['状态', 'Status'],
  'dr.deadline': ['答复期限', 'Deadline'],
  'dr.answer': ['答复类型', 'Answer'],
  'dr.extended': ['已延期 {days} 个工作日', 'Extended by {days} working days'],
  'dr.empty': ['暂无申请', 'No requests'],
  'dr.received': ['办理中', 'In progress'],
  'dr.consulting': ['征求第三方意见（不计时）', 'Consulting a third party (clock paused)'],
  'dr.answered': ['已答复', 'Answered'],
});

const statusColour = { received: 'processing', consulting: 'purple', answered: 'success' } as const;

export function DisclosureStatusTag({ status }: { status: DisclosureRequest['status'] }) {
  const t = useT(m);
  return <Tag color={statusColour[status]}>{t(`dr.${status}`)}</Tag>;
}

/** Requests with their deadline colours; each opens at `${base}/:id`. */
export function DisclosureTable({ items, base, showApplicant = true }: { items: DisclosureRequest[]; base: string; showApplicant?: boolean }) {
  const t = useT(m);
  const depts = useDepartments();
  return (
    <Table<DisclosureRequest>
      rowKey="id"
      size="small"
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('dr.empty') }}
      scroll={{ x: 900 }}
      columns={[
        { title: t('dr.number'), dataIndex: 'number', render: (v: string, r) => <Link to={`${base}/${r.id}`}>{v}</Link> },
        ...(showApplicant ? [{ title: t('dr.applicant'), dataIndex: 'applicantName' }] : []),
        { title: t('dr.description'), dataIndex: 'description', ellipsis: true },
        { title: t('dr.department'), dataIndex: 'departmentId', render: (id: string) => depts.nameOf(id) },
        { title: t('dr.receivedAt'), dataIndex: 'receivedAt', render: (v: string) => formatDate(v) },
        { title: t('dr.status'), dataIndex: 'status', render: (s: DisclosureRequest['status'], r) => <><DisclosureStatusTag status={s} />{r.extension ? <Tag>{t('dr.extended', { days: r.extension.workingDays })}</Tag> : null}</> },
        { title: t('dr.deadline'), key: 'deadline', render: (_: unknown, r) => (r.answer ? formatDate(r.dueDate) : r.deadline ? <DeadlineTag deadline={r.deadline} /> : formatDate(r.dueDate)) },
        { title: t('dr.answer'), key: 'answer', render: (_: unknown, r) => r.answer?.typeName ?? '—' },
      ]}
    />
  );
}
