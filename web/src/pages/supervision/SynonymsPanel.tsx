import { Alert, Button, Card, Flex, Form, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { ConfirmButton } from '../../components/ConfirmButton';
import { errorText } from '../../components/errors';
import { Loadable } from '../../components/Loadable';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'sy.intro': [
    '群众搜索时常说的话（如“开饭店”）对应目录中的名称或关键词（如“开餐饮店”）。同义词对全平台所有地区生效，只有管辖全部地区的监管人员可以修改，每次修改记入审计日志。',
    'What people type (e.g. “开饭店”) mapped to the catalog’s name or keyword (e.g. “开餐饮店”). Synonyms apply to every region; only supervisors over every region may change them, and each change is audited.',
  ],
  'sy.formTitle': ['新增或修改同义词', 'Add or change a synonym'],
  'sy.term': ['群众常用说法', 'What people say'],
  'sy.termHelp': ['2–20 个字；与已有说法相同时即为修改', '2–20 characters; the same wording as an existing one changes it'],
  'sy.termRequired': ['请填写群众常用说法', 'Enter what people say'],
  'sy.termLength': ['群众常用说法应为 2–20 个字', 'What people say takes 2–20 characters'],
  'sy.target': ['目录中的名称或关键词', 'Catalog name or keyword'],
  'sy.targetRequired': ['请填写目录中的名称或关键词', 'Enter the catalog name or keyword'],
  'sy.targetLength': ['目录中的名称或关键词应为 2–40 个字', 'The catalog name or keyword takes 2–40 characters'],
  'sy.reason': ['修改原因（可不填）', 'Reason (optional)'],
  'sy.reasonLength': ['修改原因不超过 500 字', 'The reason takes at most 500 characters'],
  'sy.save': ['保存同义词', 'Save the synonym'],
  'sy.saved': ['同义词已保存，搜索即时生效', 'Saved; search uses it at once'],
  'sy.list': ['现有同义词', 'Synonyms'],
  'sy.updated': ['修改时间', 'Changed'],
  'sy.actions': ['操作', 'Actions'],
  'sy.edit': ['修改', 'Change'],
  'sy.remove': ['删除', 'Remove'],
  'sy.removeConfirm': ['确认删除同义词“{term}”？', 'Remove the synonym “{term}”?'],
  'sy.removeWhat': ['删除后，搜索“{term}”不再找到“{target}”。', 'Searching “{term}” will no longer find “{target}”.'],
  'sy.removed': ['同义词已删除', 'Removed'],
  'sy.none': ['尚无同义词', 'No synonyms yet'],
});

interface SynonymForm {
  term: string;
  target: string;
  reason?: string;
}

/** 搜索同义词 (监管 › 事项目录): the bureau keeps what people say mapped to the catalog's words. */
export function SynonymsPanel() {
  const t = useT(m);
  const [form] = Form.useForm<SynonymForm>();
  const [failure, setFailure] = useState<string>();
  const list = useApi((signal) => unwrap(client.GET('/api/v1/catalog/synonyms', { signal })), []);
  const { pending, run } = useAction(list.reload);
  const onError = (e: unknown) => {
    setFailure(errorText(e, t));
    return true;
  };
  const save = (v: SynonymForm) => {
    setFailure(undefined);
    return run(
      async () => {
        await unwrap(client.PUT('/api/v1/catalog/synonyms/{term}', { params: { path: { term: v.term.trim() } }, body: { target: v.target.trim(), ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) } }));
        form.resetFields();
      },
      { key: 'save', done: t('sy.saved'), onError },
    );
  };
  const remove = (term: string) => {
    setFailure(undefined);
    return run(() => unwrap(client.DELETE('/api/v1/catalog/synonyms/{term}', { params: { path: { term } }, body: {} })), { key: `remove:${term}`, done: t('sy.removed'), onError });
  };
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph style={{ margin: 0 }}>{t('sy.intro')}</Typography.Paragraph>
      <Card size="small" title={t('sy.formTitle')}>
        <Form<SynonymForm> form={form} name="search-synonym" layout="vertical" requiredMark={false} onFinish={save} style={{ maxWidth: 560 }}>
          <Form.Item
            name="term"
            label={t('sy.term')}
            extra={t('sy.termHelp')}
            rules={[
              { required: true, whitespace: true, message: t('sy.termRequired') },
              { min: 2, max: 20, message: t('sy.termLength') },
            ]}
          >
            <Input placeholder="开饭店" maxLength={20} showCount />
          </Form.Item>
          <Form.Item
            name="target"
            label={t('sy.target')}
            rules={[
              { required: true, whitespace: true, message: t('sy.targetRequired') },
              { min: 2, max: 40, message: t('sy.targetLength') },
            ]}
          >
            <Input placeholder="开餐饮店" maxLength={40} showCount />
          </Form.Item>
          <Form.Item name="reason" label={t('sy.reason')} rules={[{ max: 500, message: t('sy.reasonLength') }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" /> : null}
          <Button type="primary" htmlType="submit" loading={pending === 'save'}>
            {t('sy.save')}
          </Button>
        </Form>
      </Card>
      <Card size="small" title={t('sy.list')}>
        <Loadable loaded={list}>
          {(d) => (
            <Table
              rowKey="term"
              size="small"
              dataSource={d.items}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: t('sy.none') }}
              columns={[
                { title: t('sy.term'), dataIndex: 'term' },
                { title: t('sy.target'), dataIndex: 'target' },
                { title: t('sy.updated'), key: 'u', responsive: ['md'], render: (_, s) => formatTime(s.updatedAt) },
                {
                  title: t('sy.actions'),
                  key: 'a',
                  render: (_, s) => (
                    <Flex gap={8} wrap>
                      <Button size="small" aria-label={`${t('sy.edit')} ${s.term}`} onClick={() => form.setFieldsValue({ term: s.term, target: s.target, reason: '' })}>
                        {t('sy.edit')}
                      </Button>
                      <ConfirmButton
                        size="small"
                        danger
                        aria-label={`${t('sy.remove')} ${s.term}`}
                        loading={pending === `remove:${s.term}`}
                        confirm={t('sy.removeConfirm', { term: s.term })}
                        description={t('sy.removeWhat', { term: s.term, target: s.target })}
                        onConfirm={() => remove(s.term)}
                      >
                        {t('sy.remove')}
                      </ConfirmButton>
                    </Flex>
                  ),
                },
              ]}
            />
          )}
        </Loadable>
      </Card>
    </Flex>
  );
}
