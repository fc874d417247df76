import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { ConfirmButton } from '../../components/ConfirmButton';
import { errorText } from '../../components/errors';
import { Loadable } from '../../components/Loadable';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'en.title': ['英文版本（门户英文界面显示）', 'English version (shown on the English portal)'],
  'en.none': ['该事项尚无英文版本：英文读者看到中文指南，并被告知没有英文版本。', 'No English version yet: English readers see the Chinese guide and are told so.'],
  'en.has': ['英文读者看到下列英文名称、简介和办理条件，其余内容仍为中文。', 'English readers see this name, summary and conditions; the rest stays Chinese.'],
  'en.name': ['英文名称', 'English name'],
  'en.nameRequired': ['请填写英文名称', 'Enter the English name'],
  'en.nameLength': ['英文名称应为 2–200 个字符', 'The English name takes 2–200 characters'],
  'en.summary': ['英文简介（一段话：办什么、谁办理）', 'English summary (one paragraph: what it is, who handles it)'],
  'en.summaryLength': ['英文简介不超过 2000 个字符', 'The summary takes at most 2000 characters'],
  'en.conditions': ['英文办理条件', 'English conditions'],
  'en.condition': ['第 {n} 条条件', 'Condition {n}'],
  'en.conditionRequired': ['请填写这条条件，或删除这一行', 'Fill in this condition or remove the line'],
  'en.conditionLength': ['每条条件不超过 500 个字符', 'A condition takes at most 500 characters'],
  'en.chinese': ['对应中文：{text}', 'Chinese: {text}'],
  'en.addCondition': ['添加一条条件', 'Add a condition'],
  'en.removeCondition': ['删除第 {n} 条条件', 'Remove condition {n}'],
  'en.reason': ['修改原因（可不填）', 'Reason (optional)'],
  'en.save': ['保存英文版本', 'Save the English version'],
  'en.saved': ['英文版本已保存，门户即时显示', 'Saved; the portal shows it at once'],
  'en.remove': ['删除英文版本', 'Remove the English version'],
  'en.removeConfirm': ['确认删除该事项的英文版本？', 'Remove this item’s English version?'],
  'en.removeWhat': ['删除后，英文读者看到中文指南，并被告知没有英文版本。', 'English readers will see the Chinese guide and be told there is no English version.'],
  'en.removed': ['英文版本已删除', 'English version removed'],
});

interface EnglishForm {
  name: string;
  summary?: string;
  conditions?: string[];
  reason?: string;
}

/** The English name, summary and conditions of a published item's guide (监管 › 事项目录 › 事项), edited in a form. */
export function ItemEnglishCard({ code }: { code: string }) {
  const t = useT(m);
  const [form] = Form.useForm<EnglishForm>();
  const [failure, setFailure] = useState<string>();
  const guide = useApi((signal) => unwrap(client.GET('/api/v1/catalog/items/{code}', { params: { path: { code } }, signal })), [code]);
  const { pending, run } = useAction(guide.reload);
  const english = guide.data?.english ?? null;
  useEffect(() => {
    form.setFieldsValue({ name: english?.name ?? '', summary: english?.summary ?? '', conditions: english?.conditions ?? [], reason: '' });
  }, [english, form]);
  const onError = (e: unknown) => {
    setFailure(errorText(e, t));
    return true;
  };
  const save = (v: EnglishForm) => {
    setFailure(undefined);
    return run(
      () =>
        unwrap(
          client.PUT('/api/v1/catalog/items/{code}/english', {
            params: { path: { code } },
            body: { name: v.name.trim(), summary: (v.summary ?? '').trim(), conditions: (v.conditions ?? []).map((c) => c.trim()), ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) },
          }),
        ),
      { key: 'save', done: t('en.saved'), onError },
    );
  };
  const remove = () => {
    setFailure(undefined);
    return run(() => unwrap(client.DELETE('/api/v1/catalog/items/{code}/english', { params: { path: { code } }, body: {} })), { key: 'remove', done: t('en.removed'), onError });
  };
  return (
    <Card size="small" title={t('en.title')} style={{ marginTop: 16 }}>
      <Loadable loaded={guide} rows={4}>
        {(item) => (
          <Form<EnglishForm> form={form} name="item-english" layout="vertical" requiredMark={false} onFinish={save} style={{ maxWidth: 720 }}>
            <Typography.Paragraph type="secondary">{english ? t('en.has') : t('en.none')}</Typography.Paragraph>
            <Form.Item
              name="name"
              label={t('en.name')}
              extra={t('en.chinese', { text: item.name })}
              rules={[
                { required: true, whitespace: true, message: t('en.nameRequired') },
                { min: 2, max: 200, message: t('en.nameLength') },
              ]}
            >
              <Input lang="en" />
            </Form.Item>
            <Form.Item name="summary" label={t('en.summary')} rules={[{ max: 2000, message: t('en.summaryLength') }]}>
              <Input.TextArea lang="en" rows={3} />
            </Form.Item>
            <Typography.Text strong>{t('en.conditions')}</Typography.Text>
            <Form.List name="conditions">
              {(fields, { add, remove: drop }) => (
                <Flex vertical gap={4} style={{ marginTop: 8 }}>
                  {fields.map((f, n) => (
                    <Flex key={f.key} gap={8} align="start">
                      <Form.Item
                        name={f.name}
                        label={t('en.condition', { n: n + 1 })}
                        extra={item.conditions[n] ? t('en.chinese', { text: item.conditions[n] }) : undefined}
                        style={{ flex: 1, marginBottom: 8 }}
                        rules={[
                          { required: true, whitespace: true, message: t('en.conditionRequired') },
                          { max: 500, message: t('en.conditionLength') },
                        ]}
                      >
                        <Input lang="en" />
                      </Form.Item>
                      <Button style={{ marginTop: 30 }} aria-label={t('en.removeCondition', { n: n + 1 })} onClick={() => drop(f.name)}>
                        {t('en.removeCondition', { n: n + 1 })}
                      </Button>
                    </Flex>
                  ))}
                  <Button style={{ alignSelf: 'flex-start', marginBottom: 16 }} onClick={() => add('')}>
                    {t('en.addCondition')}
                  </Button>
                </Flex>
              )}
            </Form.List>
            <Form.Item name="reason" label={t('en.reason')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            {failure ? <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} /> : null}
            <Flex gap={8} wrap>
              <Button type="primary" htmlType="submit" loading={pending === 'save'}>
                {t('en.save')}
              </Button>
              {english ? (
                <ConfirmButton danger loading={pending === 'remove'} confirm={t('en.removeConfirm')} description={t('en.removeWhat')} onConfirm={remove}>
                  {t('en.remove')}
                </ConfirmButton>
              ) : null}
            </Flex>
          </Form>
        )}
      </Loadable>
    </Card>
  );
}
