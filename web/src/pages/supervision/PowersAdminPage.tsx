import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { useDepartments } from '../../api/useDepartments';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { formatDate } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'pa.title': ['赋权与事项精简', 'Delegation and streamlining'],
  'pa.sub': ['赋予开发区、乡镇的事项及其回头看，年度事项精简（四减），各县实施基本目录事项的情况', 'Items delegated to the zone and townships with their reviews, the year’s streamlining, standard items implemented per county'],
  'pa.tab.delegations': ['赋权事项', 'Delegated items'],
  'pa.tab.report': ['回头看报告', 'Review report'],
  'pa.tab.streamlining': ['事项精简', 'Streamlining'],
  'pa.receiver': ['承接单位：{name}', 'To {name}'],
  'pa.streamBasis': ['精简依据', 'Basis'],
  'pa.mergedInto': ['并入 {code}', 'Into {code}'],
  'pa.tab.coverage': ['实施清单覆盖', 'Implementation coverage'],
  'pa.new': ['新增赋权', 'Delegate an item'],
  'pa.item': ['事项', 'Item'],
  'pa.itemCode': ['事项编码', 'Item code'],
  'pa.from': ['赋权部门', 'Delegated by'],
  'pa.to': ['承接单位', 'Delegated to'],
  'pa.mode': ['赋权方式', 'Mode'],
  'pa.basis': ['赋权依据', 'Basis'],
  'pa.scope': ['赋权范围', 'Scope'],
  'pa.period': ['期限', 'Period'],
  'pa.periodText': ['{from} 至 {until}', '{from} to {until}'],
  'pa.state': ['状态', 'State'],
  'pa.uses': ['使用次数', 'Uses'],
  'pa.nextReview': ['下次回头看', 'Next review'],
  'pa.due': ['已到期', 'Due'],
  'pa.review': ['回头看', 'Review'],
  'pa.conclusion': ['结论', 'Conclusion'],
  'pa.findings': ['评估情况', 'Findings'],
  'pa.revoke': ['收回', 'Revoke'],
  'pa.reason': ['收回理由', 'Reason'],
  'pa.required': ['必填', 'Required'],
  'pa.saved': ['已保存', 'Saved'],
  'pa.none': ['—', '—'],
  'pa.total': ['赋权事项', 'Delegations'],
  'pa.reviewDue': ['回头看已到期', 'Reviews due'],
  'pa.unused': ['生效 90 天以上无人申请', 'Unused after 90 days'],
  'pa.byMode': ['按赋权方式', 'By mode'],
  'pa.count': ['事项数', 'Items'],
  'pa.year': ['年度', 'Year'],
  'pa.items': ['减事项', 'Items reduced'],
  'pa.materials': ['减材料', 'Materials reduced'],
  'pa.days': ['减时限（工作日）', 'Days reduced'],
  'pa.steps': ['减环节', 'Steps reduced'],
  'pa.action': ['精简方式', 'Action'],
  'pa.dept': ['部门', 'Department'],
  'pa.on': ['日期', 'Date'],
  'pa.why': ['理由', 'Reason'],
  'pa.standardItems': ['基本目录事项 {n} 项', '{n} standard items'],
  'pa.county': ['县（市、区）', 'County'],
  'pa.implemented': ['已实施', 'Implemented'],
  'pa.authorised': ['窗口授权', 'Window authorised'],
  'pa.share': ['实施比例', 'Share'],
});

type Delegations = AnswerOf<'/api/v1/delegations', 'get'>;
type Delegation = Delegations['items'][number];
type ReviewReport = AnswerOf<'/api/v1/delegations/review-report', 'get'>;
type Streamlining = AnswerOf<'/api/v1/streamlining/report', 'get'>;
type Coverage = AnswerOf<'/api/v1/implementations/coverage', 'get'>;

const MODES = [
  { value: 'direct', label: '直接赋权' },
  { value: 'entrusted', label: '委托行使' },
  { value: 'servicesForward', label: '服务前移' },
  { value: 'directReport', label: '审批直报' },
] as const;
const CONCLUSIONS = [
  { value: 'keep', label: '继续赋权' },
  { value: 'adjust', label: '调整赋权' },
  { value: 'withdraw', label: '收回赋权' },
] as const;

type Dialog = { kind: 'new' } | { kind: 'review'; row: Delegation } | { kind: 'revoke'; row: Delegation } | null;

function DelegationTable({ rows, onReview, onRevoke }: { rows: Delegation[]; onReview?: (d: Delegation) => void; onRevoke?: (d: Delegation) => void }) {
  const t = useT(m);
  return (
    <Table<Delegation>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('pa.item'), key: 'item', render: (_, x) => <><Typography.Text strong>{x.item.name}</Typography.Text><div><Typography.Text type="secondary">{x.item.code}</Typography.Text></div></> },
        { title: t('pa.from'), key: 'from', render: (_, x) => x.department.name, responsive: ['md'] },
        { title: t('pa.to'), key: 'to', render: (_, x) => x.delegate.name },
        { title: t('pa.mode'), key: 'mode', render: (_, x) => <Tag color="blue">{x.modeName}</Tag> },
        { title: t('pa.period'), key: 'period', render: (_, x) => t('pa.periodText', { from: formatDate(x.validFrom), until: formatDate(x.validUntil) }), responsive: ['lg'] },
        { title: t('pa.state'), key: 'state', render: (_, x) => <Tag color={x.state === 'inForce' ? 'green' : 'default'}>{x.stateName}</Tag> },
        { title: t('pa.uses'), dataIndex: 'uses' },
        { title: t('pa.nextReview'), key: 'next', render: (_, x) => (x.nextReviewOn ? <>{formatDate(x.nextReviewOn)} {x.reviewDue ? <Tag color="warning">{t('pa.due')}</Tag> : null}</> : t('pa.none')) },
        ...(onReview && onRevoke
          ? [{
            title: '', key: 'actions', render: (_: unknown, x: Delegation) => (x.state === 'revoked' ? null : (
              <Space>
                <Button size="small" onClick={() => onReview(x)}>{t('pa.review')}</Button>
                <Button size="small" danger onClick={() => onRevoke(x)}>{t('pa.revoke')}</Button>
              </Space>
            )),
          }]
          : []),
      ]}
      expandable={{
        rowExpandable: (x) => x.reviews.length > 0 || !!x.basis,
        expandedRowRender: (x) => (
          <>
            <Typography.Paragraph>{`${t('pa.basis')}：${x.basis}；${t('pa.scope')}：${x.scope}；${x.modeMeaning}`}</Typography.Paragraph>
            {x.reviews.map((r) => (
              <Typography.Paragraph key={`${r.reviewedOn}${r.findings}`} type="secondary">{`${formatDate(r.reviewedOn)} ${r.reviewerName ?? ''} · ${r.conclusionName} · ${t('pa.uses')} ${r.uses} · ${r.findings}`}</Typography.Paragraph>
            ))}
          </>
        ),
      }}
    />
  );
}

/** Supervisors delegate items, review them (回头看), and read the streamlining and implementation reports. */
export default function PowersAdminPage() {
  const t = useT(m);
  const [form] = Form.useForm();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const departments = useDepartments();
  const delegations = useApi<Delegations>((signal) => unwrap(client.GET('/api/v1/delegations', { signal })), []);
  const report = useApi<ReviewReport>((signal) => unwrap(client.GET('/api/v1/delegations/review-report', { signal })), []);
  const streamlining = useApi<Streamlining>((signal) => unwrap(client.GET('/api/v1/streamlining/report', { params: { query: { year } }, signal })), [year]);
  const coverage = useApi<Coverage>((signal) => unwrap(client.GET('/api/v1/implementations/coverage', { signal })), []);
  const { busy, run } = useAction(() => (delegations.reload(), report.reload()));
  const required = [{ required: true, whitespace: true, message: t('pa.required') }];
  // delegates: a zone's administration or a township's office (departments placed at a 9-digit region)
  const delegates = departments.list.filter((d) => d.regionCode.trim().length === 9).map((d) => ({ value: d.code, label: d.name }));

  const open = (d: Dialog) => {
    form.resetFields();
    setDialog(d);
  };
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !dialog) return;
    const day = (x: Dayjs) => x.format('YYYY-MM-DD');
    const ok = await run(async () => {
      if (dialog.kind === 'new') {
        return unwrap(client.POST('/api/v1/delegations', {
          body: { itemCode: v.itemCode.trim(), delegateDepartmentCode: v.delegate, mode: v.mode, basis: v.basis, scope: v.scope, validFrom: day(v.period[0]), validUntil: day(v.period[1]) },
        }));
      }
      if (dialog.kind === 'review') return unwrap(client.POST('/api/v1/delegations/{id}/reviews', { params: { path: { id: dialog.row.id } }, body: { conclusion: v.conclusion, findings: v.findings } }));
      return unwrap(client.POST('/api/v1/delegations/{id}/revoke', { params: { path: { id: dialog.row.id } }, body: { reason: v.reason } }));
    }, { done: t('pa.saved') });
    if (ok !== undefined) setDialog(null);
  };

  return (
    <>
      <PageHeader title={t('pa.title')} sub={t('pa.sub')} extra={<Button type="primary" onClick={() => open({ kind: 'new' })}>{t('pa.new')}</Button>} />
      <Tabs
        items={[
          {
            key: 'delegations',
            label: t('pa.tab.delegations'),
            children: <Loadable loaded={delegations}>{(d) => <DelegationTable rows={d.items} onReview={(row) => open({ kind: 'review', row })} onRevoke={(row) => open({ kind: 'revoke', row })} />}</Loadable>,
          },
          {
            key: 'report',
            label: t('pa.tab.report'),
            children: (
              <Loadable loaded={report}>
                {(d) => (
                  <>
                    <Row gutter={16} style={{ marginBottom: 16 }}>
                      <Col span={6}><Card><Statistic title={t('pa.total')} value={d.total} /></Card></Col>
                      {d.byState.map((s) => <Col span={4} key={s.state}><Card><Statistic title={s.stateName} value={s.count} /></Card></Col>)}
                    </Row>
                    <Card size="small" title={t('pa.byMode')} style={{ marginBottom: 16 }}>
                      <Table rowKey="mode" size="small" pagination={false} dataSource={d.byMode} columns={[{ title: t('pa.mode'), dataIndex: 'modeName' }, { title: t('pa.count'), dataIndex: 'count' }, { title: t('pa.uses'), dataIndex: 'uses' }]} />
                    </Card>
                    <Card size="small" title={t('pa.reviewDue')} style={{ marginBottom: 16 }}><DelegationTable rows={d.reviewDue} /></Card>
                    <Card size="small" title={t('pa.unused')}><DelegationTable rows={d.unused} /></Card>
                  </>
                )}
              </Loadable>
            ),
          },
          {
            key: 'streamlining',
            label: t('pa.tab.streamlining'),
            children: (
              <>
                <Space style={{ marginBottom: 16 }}>
                  <span>{t('pa.year')}</span>
                  <InputNumber aria-label={t('pa.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
                </Space>
                <Loadable loaded={streamlining}>
                  {(d) => (
                    <>
                      <Row gutter={16} style={{ marginBottom: 16 }}>
                        <Col span={6}><Card><Statistic title={t('pa.items')} value={d.items} /></Card></Col>
                        <Col span={6}><Card><Statistic title={t('pa.materials')} value={d.materials} /></Card></Col>
                        <Col span={6}><Card><Statistic title={t('pa.days')} value={d.days} /></Card></Col>
                        <Col span={6}><Card><Statistic title={t('pa.steps')} value={d.steps} /></Card></Col>
                      </Row>
                      <Space wrap style={{ marginBottom: 16 }}>{d.byAction.map((a) => <Tag key={a.action}>{`${a.actionName} ${a.count}`}</Tag>)}</Space>
                      <Table
                        rowKey="id"
                        size="small"
                        pagination={false}
                        dataSource={d.actions}
                        columns={[
                          { title: t('pa.item'), key: 'item', render: (_, x) => (x.subject === 'bundle' ? <>{x.itemName} <Tag>{x.subjectName}</Tag></> : x.itemName) },
                          { title: t('pa.dept'), key: 'dept', render: (_, x) => x.departmentName ?? t('pa.none') },
                          {
                            title: t('pa.action'),
                            key: 'action',
                            render: (_, x) => (
                              <>
                                <Tag color="blue">{x.actionName}</Tag>
                                {x.receivingDepartmentName ? t('pa.receiver', { name: x.receivingDepartmentName }) : x.mergedInto ? t('pa.mergedInto', { code: x.mergedInto }) : null}
                              </>
                            ),
                          },
                          { title: t('pa.materials'), dataIndex: 'materialsReduced' },
                          { title: t('pa.days'), dataIndex: 'daysReduced' },
                          { title: t('pa.steps'), dataIndex: 'stepsReduced' },
                          { title: t('pa.streamBasis'), key: 'basis', render: (_, x) => x.basis || t('pa.none') },
                          { title: t('pa.why'), dataIndex: 'reason' },
                          { title: t('pa.on'), dataIndex: 'on' },
                        ]}
                      />
                    </>
                  )}
                </Loadable>
              </>
            ),
          },
          {
            key: 'coverage',
            label: t('pa.tab.coverage'),
            children: (
              <Loadable loaded={coverage}>
                {(d) => (
                  <>
                    <Typography.Paragraph type="secondary">{t('pa.standardItems', { n: d.standardItems })}</Typography.Paragraph>
                    <Table
                      rowKey="regionCode"
                      size="small"
                      pagination={false}
                      dataSource={d.counties}
                      columns={[
                        { title: t('pa.county'), dataIndex: 'regionName' },
                        { title: t('pa.implemented'), dataIndex: 'implemented' },
                        { title: t('pa.authorised'), dataIndex: 'authorised' },
                        { title: t('pa.share'), dataIndex: 'share' },
                      ]}
                    />
                  </>
                )}
              </Loadable>
            ),
          },
        ]}
      />
      <Modal
        open={!!dialog}
        title={dialog?.kind === 'new' ? t('pa.new') : dialog?.kind === 'review' ? `${t('pa.review')}：${dialog.row.item.name}` : dialog?.kind === 'revoke' ? `${t('pa.revoke')}：${dialog.row.item.name}` : ''}
        onCancel={() => setDialog(null)}
        onOk={submit}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          {dialog?.kind === 'new' ? (
            <>
              <Form.Item name="itemCode" label={t('pa.itemCode')} rules={required}><Input /></Form.Item>
              <Form.Item name="delegate" label={t('pa.to')} rules={[{ required: true, message: t('pa.required') }]}><Select options={delegates} /></Form.Item>
              <Form.Item name="mode" label={t('pa.mode')} rules={[{ required: true, message: t('pa.required') }]}><Select options={[...MODES]} /></Form.Item>
              <Form.Item name="basis" label={t('pa.basis')} rules={required}><Input /></Form.Item>
              <Form.Item name="scope" label={t('pa.scope')} rules={required}><Input /></Form.Item>
              <Form.Item name="period" label={t('pa.period')} rules={[{ required: true, message: t('pa.required') }]}><DatePicker.RangePicker /></Form.Item>
            </>
          ) : dialog?.kind === 'review' ? (
            <>
              <Form.Item name="conclusion" label={t('pa.conclusion')} rules={[{ required: true, message: t('pa.required') }]}><Select options={[...CONCLUSIONS]} /></Form.Item>
              <Form.Item name="findings" label={t('pa.findings')} rules={required}><Input.TextArea rows={3} /></Form.Item>
            </>
          ) : (
            <Form.Item name="reason" label={t('pa.reason')} rules={required}><Input.TextArea rows={3} /></Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
