import { Alert, Button, Card, Empty, Flex, Result, Segmented, Select, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { HallAppointment } from '../../api/hall';
import { useApi } from '../../api/hooks';
import { client, unwrap } from '../../api/typed';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'hb.title': ['预约办事', 'Book a visit to the hall'],
  'hb.sub': ['预约到政务服务中心窗口办理：到场后凭预约码或身份证签到取号，优先叫号', 'Book a time at the service hall; check in with the code or your ID card and be called first'],
  'hb.step.item': ['选择办理内容', 'Choose what to do'],
  'hb.kind': ['预约办理', 'Book for'],
  'hb.kind.item': ['单个事项', 'An item'],
  'hb.kind.bundle': ['一件事', 'A bundle'],
  'hb.kind.application': ['我已提交的办件', 'My application'],
  'hb.bundle': ['一件事', 'Bundle'],
  'hb.bundle.placeholder': ['输入一件事名称搜索', 'Type to search bundles'],
  'hb.application': ['办件', 'Application'],
  'hb.application.placeholder': ['选择需要到窗口办理的办件', 'Choose the application to bring to the window'],
  'hb.application.none': ['您没有在办的办件', 'You have no open application'],
  'hb.step.slot': ['选择日期时段', 'Choose a date and time'],
  'hb.step.done': ['预约成功', 'Booked'],
  'hb.item': ['办理事项', 'Item'],
  'hb.item.placeholder': ['输入事项名称搜索', 'Type to search items'],
  'hb.next': ['下一步', 'Next'],
  'hb.back': ['上一步', 'Back'],
  'hb.zone': ['办理分区：{zone}', 'Zone: {zone}'],
  'hb.left': ['余 {n}', '{n} left'],
  'hb.full': ['已满', 'Full'],
  'hb.book': ['确认预约', 'Book'],
  'hb.chosen': ['已选：{day} {from}–{to}', 'Chosen: {day} {from}–{to}'],
  'hb.noslots': ['14 天内没有可预约的时段', 'No slots in the next 14 days'],
  'hb.ok': ['预约成功', 'Booked'],
  'hb.code': ['预约码', 'Booking code'],
  'hb.okSub': ['{day} {from}–{to}，{zone}。请按时到大厅，凭预约码或身份证签到取号。', '{day} {from}–{to}, {zone}. Check in at the hall with the code or your ID card.'],
  'hb.mine': ['查看我的预约', 'My appointments'],
});

type Subject = { kind: 'item' | 'bundle' | 'application'; ref: string };
/** Applications still being handled: the ones a visit to the window can help. */
const OPEN = new Set(['submitted', 'correction', 'accepted']);

/** 预约: 选择办理内容（事项、一件事或已提交的办件） → 选择日期时段 → 预约成功 (with the code to check in with). */
export default function BookingPage() {
  const t = useT(m);
  const [params] = useSearchParams();
  const given: Subject | undefined = params.get('item') ? { kind: 'item', ref: params.get('item')! }
    : params.get('bundle') ? { kind: 'bundle', ref: params.get('bundle')! }
    : params.get('application') ? { kind: 'application', ref: params.get('application')! } : undefined;
  const [kind, setKind] = useState<Subject['kind']>(given?.kind ?? 'item');
  const [subject, setSubject] = useState<Subject | undefined>(given);
  const ref = subject?.kind === kind ? subject.ref : undefined;
  const query = subject ? { [subject.kind === 'item' ? 'itemCode' : subject.kind === 'bundle' ? 'bundleCode' : 'applicationId']: subject.ref } : {};
  const [step, setStep] = useState(0);
  const [slot, setSlot] = useState<{ day: string; starts: string; ends: string }>();
  const [booked, setBooked] = useState<HallAppointment>();
  const { busy, run } = useAction();
  const choices = useApi(async (signal): Promise<Array<{ value: string; label: string }>> => {
    if (kind === 'item') return (await unwrap(client.GET('/api/v1/catalog/items', { params: { query: { limit: 500 } }, signal }))).items.map((i) => ({ value: i.code, label: i.name }));
    if (kind === 'bundle') return (await unwrap(client.GET('/api/v1/catalog/bundles', { signal }))).items.map((b) => ({ value: b.code, label: b.name }));
    const mine = await unwrap(client.GET('/api/v1/applications', { params: { query: { limit: 200 } }, signal }));
    return mine.items.filter((a) => OPEN.has(a.status)).map((a) => ({ value: a.id, label: `${a.title}（${a.number}）` }));
  }, [kind]);
  const slots = useApi(
    (signal) => (step === 1 && subject ? unwrap(client.GET('/api/v1/hall/slots', { params: { query }, signal })) : Promise.resolve(null)),
    [step, subject?.kind, subject?.ref],
  );

  const book = () =>
    run(async () => {
      const a = await unwrap(client.POST('/api/v1/hall/appointments', { body: { ...query, day: slot!.day, starts: slot!.starts } }));
      setBooked(a);
      setStep(2);
    }, { onError: () => slots.reload() });

  return (
    <>
      <PageHeader title={t('hb.title')} sub={t('hb.sub')} />
      <Card size="small">
        <Steps size="small" current={step} items={[{ title: t('hb.step.item') }, { title: t('hb.step.slot') }, { title: t('hb.step.done') }]} style={{ marginBottom: 16 }} />
        {step === 0 ? (
          <Flex vertical gap={12}>
            <Segmented<Subject['kind']> aria-label={t('hb.kind')} value={kind} onChange={setKind} block
              options={(['item', 'bundle', 'application'] as const).map((k) => ({ value: k, label: t(`hb.kind.${k}`) }))} />
            <Typography.Text strong>{t(`hb.${kind}`)}</Typography.Text>
            <Loadable loaded={choices} rows={1}>
              {(options) => kind === 'application' && options.length === 0 ? <Empty description={t('hb.application.none')} /> : (
                <Select
                  showSearch
                  aria-label={t(`hb.${kind}`)}
                  placeholder={t(`hb.${kind}.placeholder`)}
                  value={ref}
                  onChange={(v: string) => { setSubject({ kind, ref: v }); setSlot(undefined); }}
                  optionFilterProp="label"
                  options={options}
                  style={{ width: '100%' }}
                />
              )}
            </Loadable>
            <div>
              <Button type="primary" disabled={!ref} onClick={() => setStep(1)}>{t('hb.next')}</Button>
            </div>
          </Flex>
        ) : null}
        {step === 1 ? (
          <Loadable loaded={slots}>
            {(s) =>
              s ? (
                <Flex vertical gap={12}>
                  <Typography.Text>{s.subjectTitle} · {t('hb.zone', { zone: s.zone.name })}</Typography.Text>
                  {s.days.length === 0 ? <Empty description={t('hb.noslots')} /> : null}
                  {s.days.map((d) => (
                    <div key={d.day} role="group" aria-label={formatDate(d.day)}>
                      <Typography.Text strong>{formatDate(d.day)}</Typography.Text>
                      <Flex wrap gap={6} style={{ marginTop: 6 }}>
                        {d.slots.map((x) => {
                          const chosen = slot?.day === d.day && slot.starts === x.starts;
                          return (
                            <Button key={x.starts} size="small" type={chosen ? 'primary' : 'default'} disabled={!x.open} onClick={() => setSlot({ day: d.day, starts: x.starts, ends: x.ends })}>
                              {x.starts}–{x.ends} {x.left > 0 ? <Tag>{t('hb.left', { n: x.left })}</Tag> : <Tag>{t('hb.full')}</Tag>}
                            </Button>
                          );
                        })}
                      </Flex>
                    </div>
                  ))}
                  {slot ? <Alert type="info" showIcon title={t('hb.chosen', { day: formatDate(slot.day), from: slot.starts, to: slot.ends })} /> : null}
                  <Flex gap={8}>
                    <Button onClick={() => setStep(0)}>{t('hb.back')}</Button>
                    <Button type="primary" disabled={!slot} loading={busy} onClick={book}>{t('hb.book')}</Button>
                  </Flex>
                </Flex>
              ) : null
            }
          </Loadable>
        ) : null}
        {step === 2 && booked ? (
          <Result
            status="success"
            title={t('hb.ok')}
            subTitle={t('hb.okSub', { day: formatDate(booked.day), from: booked.starts, to: booked.ends, zone: booked.zone.name })}
            extra={
              <Flex vertical align="center" gap={12}>
                <Typography.Text>{t('hb.code')}</Typography.Text>
                <Typography.Text strong copyable style={{ fontSize: 28, letterSpacing: 4 }} data-testid="booking-code">{booked.code}</Typography.Text>
                <Link to="/portal/hall">{t('hb.mine')}</Link>
              </Flex>
            }
          />
        ) : null}
      </Card>
    </>
  );
}
