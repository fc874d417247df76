import { Button, Card, Flex, Form, Input, InputNumber, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { HALL_REGION } from '../../api/hall';
import { useApi } from '../../api/hooks';
import { client, unwrap } from '../../api/typed';
import { useAuth } from '../../auth/AuthContext';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'hs.title': ['大厅设置', 'Hall settings'],
  'hs.sub': ['各分区的开放时间、预约时段与每时段人数，以及网上预约规则；已预约的时段不受影响', 'Opening hours, slots and places of each zone, and the booking rules; existing appointments keep their times'],
  'hs.windows': ['窗口：{names}', 'Windows: {names}'],
  'hs.sessions': ['开放时段', 'Opening sessions'],
  'hs.from': ['开始', 'From'],
  'hs.to': ['结束', 'To'],
  'hs.addSession': ['增加时段', 'Add a session'],
  'hs.removeSession': ['删除该时段', 'Remove this session'],
  'hs.slotMinutes': ['每个预约时段（分钟）', 'Slot length (minutes)'],
  'hs.slotCapacity': ['每时段可预约人数', 'Places per slot'],
  'hs.save': ['保存开放时间', 'Save hours'],
  'hs.saved': ['{zone}的开放时间已保存', 'Hours of {zone} saved'],
  'hs.time': ['请按“09:00”的格式填写时间', 'Write the time as 09:00'],
  'hs.rules': ['网上预约规则', 'Booking rules'],
  'hs.maxActive': ['每人同时有效的预约数', 'Open appointments per person'],
  'hs.noShowLimit': ['失约次数达到', 'No-shows reaching'],
  'hs.noShowWindowDays': ['统计失约的天数', 'Counted over (days)'],
  'hs.blockDays': ['暂停网上预约的天数', 'Booking blocked for (days)'],
  'hs.saveRules': ['保存预约规则', 'Save rules'],
  'hs.rulesSaved': ['预约规则已保存', 'Booking rules saved'],
  'hs.required': ['请填写', 'Required'],
});

type Session = { from: string; to: string };
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 大厅设置: a supervisor sets each zone's opening hours and the hall's booking rules. */
export default function HallSettingsPage() {
  const t = useT(m);
  const { me } = useAuth();
  const region = me?.regionCode ?? HALL_REGION;
  const loaded = useApi(async (signal) => {
    const [zones, rules] = await Promise.all([
      unwrap(client.GET('/api/v1/public/hall/zones', { params: { query: { region } }, signal })),
      unwrap(client.GET('/api/v1/hall/rules', { params: { query: { region } }, signal })),
    ]);
    return { zones: zones.zones, rules };
  }, [region]);
  const { pending, run } = useAction(loaded.reload);
  const timeRule = { pattern: TIME, message: t('hs.time') };
  return (
    <>
      <PageHeader title={t('hs.title')} sub={t('hs.sub')} />
      <Loadable loaded={loaded}>
        {({ zones, rules }) => (
          <Flex vertical gap={16}>
            {zones.map((z) => (
              <Card key={z.id} size="small" title={`${z.name}（${z.letter}）`} data-testid={`zone-${z.code}`}>
                <Typography.Paragraph type="secondary">{t('hs.windows', { names: z.windows.map((w) => w.name).join('、') || '—' })}</Typography.Paragraph>
                <Form
                  layout="vertical"
                  initialValues={{ sessions: z.sessions, slotMinutes: z.slotMinutes, slotCapacity: z.slotCapacity }}
                  onFinish={(v: { sessions: Session[]; slotMinutes: number; slotCapacity: number }) =>
                    run(() => unwrap(client.PUT('/api/v1/hall/zones/{id}/hours', { params: { path: { id: z.id } }, body: v })), { key: z.id, done: t('hs.saved', { zone: z.name }) })}
                >
                  <Typography.Title level={5}>{t('hs.sessions')}</Typography.Title>
                  <Form.List name="sessions">
                    {(fields, { add, remove }) => (
                      <>
                        {fields.map((f, i) => (
                          <Space key={f.key} align="baseline" wrap>
                            <Form.Item name={[f.name, 'from']} label={`${t('hs.from')} ${i + 1}`} rules={[{ required: true, message: t('hs.required') }, timeRule]}>
                              <Input placeholder="09:00" style={{ width: 100 }} />
                            </Form.Item>
                            <Form.Item name={[f.name, 'to']} label={`${t('hs.to')} ${i + 1}`} rules={[{ required: true, message: t('hs.required') }, timeRule]}>
                              <Input placeholder="12:00" style={{ width: 100 }} />
                            </Form.Item>
                            <Button type="text" aria-label={t('hs.removeSession')} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} disabled={fields.length <= 1} />
                          </Space>
                        ))}
                        <Form.Item>
                          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ from: '', to: '' })} disabled={fields.length >= 4}>{t('hs.addSession')}</Button>
                        </Form.Item>
                      </>
                    )}
                  </Form.List>
                  <Space wrap>
                    <Form.Item name="slotMinutes" label={t('hs.slotMinutes')} rules={[{ required: true, message: t('hs.required') }]}>
                      <InputNumber min={10} max={120} precision={0} />
                    </Form.Item>
                    <Form.Item name="slotCapacity" label={t('hs.slotCapacity')} rules={[{ required: true, message: t('hs.required') }]}>
                      <InputNumber min={1} max={50} precision={0} />
                    </Form.Item>
                  </Space>
                  <Form.Item>
                    <Button type="primary" htmlType="submit" loading={pending === z.id}>{t('hs.save')}</Button>
                  </Form.Item>
                </Form>
              </Card>
            ))}
            <Card size="small" title={t('hs.rules')}>
              <Form
                layout="vertical"
                initialValues={rules}
                onFinish={(v: { maxActive: number; noShowLimit: number; noShowWindowDays: number; blockDays: number }) =>
                  run(() => unwrap(client.PUT('/api/v1/hall/rules', { body: { region, ...v } })), { key: 'rules', done: t('hs.rulesSaved') })}
              >
                <Space wrap>
                  {(['maxActive', 'noShowLimit', 'noShowWindowDays', 'blockDays'] as const).map((k) => (
                    <Form.Item key={k} name={k} label={t(`hs.${k}`)} rules={[{ required: true, message: t('hs.required') }]}>
                      <InputNumber min={1} max={k === 'noShowWindowDays' || k === 'blockDays' ? 365 : 20} precision={0} />
                    </Form.Item>
                  ))}
                </Space>
                <Form.Item>
                  <Button type="primary" htmlType="submit" loading={pending === 'rules'}>{t('hs.saveRules')}</Button>
                </Form.Item>
              </Form>
            </Card>
          </Flex>
        )}
      </Loadable>
    </>
  );
}
