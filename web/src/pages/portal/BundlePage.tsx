import { FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Grid, InputNumber, Progress, Radio, Row, Steps, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import type { Answers, GuidanceCheck, Questionnaire } from '../../api/guidance';
import { useApi } from '../../api/hooks';
import { useShowError } from '../../components/errors';
import { ItemList } from '../../components/ItemList';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'bundle.questions': ['回答几个问题，确定要办的事项和材料', 'Answer a few questions to find what you need'],
  'bundle.selected': ['本次需要办理的事项', 'Items you will apply for'],
  'bundle.selectedHint': ['根据您的回答自动确定，共 {n} 项，需准备材料约 {materials} 份', 'Chosen from your answers: {n} items, about {materials} documents'],
  'bundle.noQuestions': ['本事项无需回答问题', 'No questions for this bundle'],
  'bundle.notice': ['生成一次性告知单', 'Get the one-time notice'],
  'bundle.incomplete': ['请先回答所有问题', 'Please answer every question first'],
  'bundle.yes': ['是', 'Yes'],
  'bundle.no': ['否', 'No'],
  'bundle.step.guide': ['问答导办', 'Questions'],
  'bundle.step.notice': ['一次性告知', 'Notice'],
  'bundle.step.form': ['一表申请', 'One form'],
  'bundle.step.window': ['一窗受理', 'One window'],
  'bundle.step.done': ['一次办好', 'Done once'],
  'bundle.step.where': ['第 {n} 步，共 {total} 步：{title}', 'Step {n} of {total}: {title}'],
  'bundle.step.next': ['　下一步：{title}', '  next: {title}'],
  'bundle.promise': ['承诺时限', 'Promised time'],
  'bundle.place': ['办理地点', 'Place'],
});

export function JourneySteps({ current }: { current: number }) {
  const t = useT(m);
  const screens = Grid.useBreakpoint();
  const titles = [t('bundle.step.guide'), t('bundle.step.notice'), t('bundle.step.form'), t('bundle.step.window'), t('bundle.step.done')];
  // a phone has no room for five steps side by side: it shows where the applicant is, and what comes next
  if (!screens.md)
    return (
      <div style={{ marginBottom: 16 }} aria-label={t('bundle.step.where', { n: current + 1, total: titles.length, title: titles[current] ?? '' })}>
        <Typography.Text strong>{t('bundle.step.where', { n: current + 1, total: titles.length, title: titles[current] ?? '' })}</Typography.Text>
        {titles[current + 1] ? <Typography.Text type="secondary">{t('bundle.step.next', { title: titles[current + 1]! })}</Typography.Text> : null}
        <Progress percent={Math.round(((current + 1) / titles.length) * 100)} showInfo={false} size="small" />
      </div>
    );
  return <Steps size="small" current={current} style={{ marginBottom: 16 }} items={titles.map((title) => ({ title }))} />;
}

/** 一件事: the questionnaire (导办) that selects the items, then the one-time notice. */
export default function BundlePage() {
  const t = useT(m);
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const showError = useShowError();
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/guidance/bundles/{code}/questionnaire', { params: { path: { code } }, signal })), [code]);
  const [answers, setAnswers] = useState<Answers>({});
  const [check, setCheck] = useState<GuidanceCheck>();
  const { busy, run } = useAction();

  useEffect(() => {
    if (!loaded.data) return;
    const ctrl = new AbortController();
    unwrap(client.POST('/api/v1/guidance/bundles/{code}/check', { params: { path: { code } }, body: { answers }, signal: ctrl.signal }))
      .then(setCheck)
      .catch((e) => (e as Error).name !== 'AbortError' && showError(e));
    return () => ctrl.abort();
  }, [answers, code, loaded.data, showError]);

  const makeNotice = () =>
    run(async () => {
      const notice = await unwrap(client.POST('/api/v1/guidance/bundles/{code}/notice', { params: { path: { code } }, body: { answers } }));
      navigate(`/portal/notices/${notice.id}`);
    });

  return (
    <Loadable loaded={loaded} rows={8}>
      {(q) => {
        const visible = new Set(check?.visibleQuestions ?? q.questions.filter((x) => !x.visibleIfText).map((x) => x.key));
        return (
          <>
            <PageHeader title={q.bundle.name} sub={q.bundle.description} />
            <JourneySteps current={0} />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={14}>
                <Card title={t('bundle.questions')}>
                  {q.questions.length === 0 ? <Typography.Text type="secondary">{t('bundle.noQuestions')}</Typography.Text> : null}
                  <Form layout="vertical" onFinish={makeNotice}>
                    {q.questions
                      .filter((x) => visible.has(x.key))
                      .map((x) => (
                        <Form.Item key={x.key} label={x.text} extra={x.help ?? undefined} required>
                          {x.kind === 'number' ? (
                            <InputNumber
                              aria-label={x.text}
                              min={x.min ?? undefined}
                              max={x.max ?? undefined}
                              suffix={x.unit ?? undefined}
                              value={typeof answers[x.key] === 'number' ? (answers[x.key] as number) : null}
                              onChange={(v) => setAnswers((a) => (v === null ? omit(a, x.key) : { ...a, [x.key]: v }))}
                              style={{ width: 200 }}
                            />
                          ) : (
                            <Radio.Group
                              aria-label={x.text}
                              value={answers[x.key]}
                              onChange={(e) => setAnswers((a) => ({ ...a, [x.key]: e.target.value }))}
                              options={
                                x.kind === 'yesno'
                                  ? [
                                      { value: true, label: t('bundle.yes') },
                                      { value: false, label: t('bundle.no') },
                                    ]
                                  : x.options.map((o) => ({ value: o.value, label: o.label }))
                              }
                            />
                          )}
                        </Form.Item>
                      ))}
                    {check && !check.complete && Object.keys(answers).length > 0 ? <Alert type="info" showIcon title={t('bundle.incomplete')} style={{ marginBottom: 16 }} /> : null}
                    <Button type="primary" htmlType="submit" icon={<FileTextOutlined />} loading={busy} disabled={!check?.complete}>
                      {t('bundle.notice')}
                    </Button>
                  </Form>
                </Card>
              </Col>
              <Col xs={24} lg={10}>
                <Card title={t('bundle.selected')} aria-live="polite">
                  <Typography.Paragraph type="secondary">
                    {t('bundle.selectedHint', { n: check?.items.length ?? '…', materials: check?.materialCount ?? '…' })}
                  </Typography.Paragraph>
                  <ItemList size="small" items={(check?.items ?? []).map((i) => ({ key: i.itemCode, title: i.name, description: i.authority }))} />
                  <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
                    <Tag color="green">
                      {t('bundle.promise')}：{q.bundle.promisedHours ? t('unit.hours', { n: q.bundle.promisedHours }) : t('unit.days', { n: q.bundle.promisedDays })}
                    </Tag>
                    <br />
                    <Typography.Text type="secondary">
                      {t('bundle.place')}：{q.bundle.place}
                    </Typography.Text>
                  </Typography.Paragraph>
                </Card>
              </Col>
            </Row>
          </>
        );
      }}
    </Loadable>
  );
}

function omit(a: Answers, key: string): Answers {
  const { [key]: _drop, ...rest } = a;
  return rest;
}
