import { Button, Card, Checkbox, Flex, Form, Input, InputNumber, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';
import type { InspectionResult, Tasks } from './types';

const m = defineMessages({
  'tasks.title': ['检查任务', 'Inspection tasks'],
  'tasks.sub': ['{name}（执法证号 {badge}）', '{name} (badge {badge})'],
  'tasks.none': ['暂无待检查的任务', 'No pending inspections'],
  'tasks.notInspector': ['您的账号未登记在执法人员名录库中', 'Your account is not in the inspector pool'],
  'tasks.pending': ['待检查 {n} 项', '{n} to inspect'],
  'tasks.recorded': ['已录入', 'Recorded'],
  'tasks.with': ['同组人员：{names}', 'With: {names}'],
  'tasks.checklist': ['检查事项（逐项勾选符合的）', 'Checklist (tick what complies)'],
  'tasks.outcome': ['检查结果', 'Outcome'],
  'tasks.compliant': ['未发现问题', 'Compliant'],
  'tasks.problems': ['发现问题，责令整改', 'Problems: ordered to fix'],
  'tasks.referred': ['发现问题，移送立案查处', 'Referred for penalty'],
  'tasks.findings': ['检查情况', 'Findings'],
  'tasks.rectifyDays': ['整改期限（工作日）', 'Deadline to fix (working days)'],
  'tasks.serious': ['严重问题（列入失信标记）', 'Serious (raises a credit flag)'],
  'tasks.submit': ['提交检查结果', 'Submit result'],
  'tasks.saved': ['已提交：{name}', 'Submitted: {name}'],
  'tasks.open': ['录入结果', 'Record result'],
  'tasks.close': ['收起', 'Close'],
  'tasks.dueOn': ['整改期限至 {date}', 'Fix by {date}'],
});

function TaskForm({ task, onDone }: { task: InspectionResult; onDone: (name: string) => void }) {
  const t = useT(m);
  const [form] = Form.useForm();
  const { busy: saving, run } = useAction();
  const outcome = Form.useWatch('outcome', form);
  const submit = (v: Record<string, any>) =>
    run(async () => {
      const ok = new Set<string>(v.checks ?? []);
      await unwrap(
        client.POST('/api/v1/inspections/results/{id}', {
          params: { path: { id: task.id } },
          body: {
            outcome: v.outcome,
            findings: v.findings ?? '',
            checks: task.checklist.map((item) => ({ item, ok: ok.has(item) })),
            serious: v.outcome !== 'compliant' && !!v.serious,
            rectifyDays: v.outcome === 'problems' ? v.rectifyDays : undefined,
          },
        }),
      );
      onDone(task.subjectName);
    });
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ outcome: 'compliant', rectifyDays: 10, checks: task.checklist }}>
      <Form.Item name="checks" label={t('tasks.checklist')}>
        <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }} options={task.checklist.map((c) => ({ value: c, label: c }))} />
      </Form.Item>
      <Form.Item name="outcome" label={t('tasks.outcome')}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }} options={(['compliant', 'problems', 'referred'] as const).map((o) => ({ value: o, label: t(`tasks.${o}`) }))} />
      </Form.Item>
      <Form.Item name="findings" label={t('tasks.findings')} rules={[{ required: outcome !== 'compliant', min: 2 }]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      {outcome === 'problems' ? (
        <Form.Item name="rectifyDays" label={t('tasks.rectifyDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={90} style={{ width: '100%' }} />
        </Form.Item>
      ) : null}
      {outcome && outcome !== 'compliant' ? (
        <Form.Item name="serious" valuePropName="checked">
          <Checkbox>{t('tasks.serious')}</Checkbox>
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" block size="large" loading={saving}>
        {t('tasks.submit')}
      </Button>
    </Form>
  );
}

/** An inspector's drawn visits, one card each, built for a phone in the field. */
export default function TasksPage() {
  const t = useT(m);
  const [saved, setSaved] = useState<string | null>(null);
  // one form open at a time keeps the list short on a phone
  const [open, setOpen] = useState<string | null>(null);
  const tasks = useApi<Tasks>((signal) => unwrap(client.GET('/api/v1/inspections/tasks', { params: { query: { status: 'all' } }, signal })), []);
  return (
    <>
      <PageHeader title={t('tasks.title')} sub={tasks.data?.inspector ? t('tasks.sub', { name: tasks.data.inspector.name, badge: tasks.data.inspector.badgeNo }) : undefined} />
      {saved ? <Typography.Paragraph role="status" type="success">{t('tasks.saved', { name: saved })}</Typography.Paragraph> : null}
      <Loadable loaded={tasks}>
        {(d) => {
          if (!d.inspector) return <Typography.Paragraph type="secondary">{t('tasks.notInspector')}</Typography.Paragraph>;
          const pending = d.items.filter((x) => !x.recorded);
          const done = d.items.filter((x) => x.recorded);
          return (
            <Flex vertical gap={12}>
              <Typography.Text strong>{pending.length ? t('tasks.pending', { n: pending.length }) : t('tasks.none')}</Typography.Text>
              {pending.map((task) => (
                <Card key={task.id} size="small" title={task.subjectName} aria-label={task.subjectName} extra={<Tag color="blue">{task.department.name}</Tag>}>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                    {task.planTitle}
                    <br />
                    {task.uscc} · {task.address ?? task.townshipName}
                    <br />
                    {t('tasks.with', { names: task.inspectors.map((i) => `${i.name}（${i.badgeNo}）`).join('、') })}
                  </Typography.Paragraph>
                  {open === task.id ? (
                    <TaskForm task={task} onDone={(name) => { setSaved(name); setOpen(null); tasks.reload(); }} />
                  ) : (
                    <Button type="primary" block onClick={() => { setSaved(null); setOpen(task.id); }}>
                      {t('tasks.open')}
                    </Button>
                  )}
                </Card>
              ))}
              {done.map((task) => (
                <Card key={task.id} size="small" title={task.subjectName} extra={<Tag color="green">{t('tasks.recorded')}</Tag>}>
                  <Typography.Text>{task.outcomeName}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {formatDate(task.inspectedOn)} {task.findings}
                    {task.rectifyDueOn ? <><br />{t('tasks.dueOn', { date: formatDate(task.rectifyDueOn) })}</> : null}
                  </Typography.Paragraph>
                </Card>
              ))}
            </Flex>
          );
        }}
      </Loadable>
    </>
  );
}
