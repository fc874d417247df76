import { Button, Collapse, Empty, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { Category, Knowledge } from '../../api/tickets';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'kb.title': ['12345 知识库', '12345 knowledge base'],
  'kb.sub': ['常见诉求的标准答复：登记工单时自动推荐，可按中文关键词检索', 'Standard answers to common requests: suggested when a ticket is entered, searchable in Chinese'],
  'kb.search': ['检索知识库', 'Search the knowledge base'],
  'kb.add': ['新增条目', 'Add an entry'],
  'kb.edit': ['修改', 'Edit'],
  'kb.retired': ['已停用', 'Retired'],
  'kb.entryTitle': ['标题', 'Title'],
  'kb.question': ['常见问法', 'Question as asked'],
  'kb.answer': ['标准答复', 'Answer'],
  'kb.category': ['分类', 'Category'],
  'kb.saved': ['知识库条目已保存', 'Saved'],
  'kb.empty': ['没有找到相关条目', 'Nothing found'],
  'kb.required': ['请填写此项', 'Required'],
});

interface Entry extends Omit<Knowledge, 'status'> {
  status?: 'published' | 'retired';
}

/** The hotline's knowledge base: search, add and correct standard answers. */
export default function KnowledgePage() {
  const t = useT(m);
  const [q, setQ] = useState('');
  const loaded = useApi<{ items: Entry[] }>((signal) => unwrap(client.GET('/api/v1/knowledge', { params: { query: { q: q || undefined, limit: 100 } }, signal })), [q]);
  const categories = useApi<{ items: Category[] }>((signal) => unwrap(client.GET('/api/v1/tickets/categories', { signal })), []);
  const categoryName = (code: string | null) => categories.data?.items.find((c) => c.code === code)?.name ?? null;
  const [editing, setEditing] = useState<Entry | 'new' | null>(null);
  const [form] = Form.useForm();
  const { busy, run } = useAction(loaded.reload);
  const open = (e: Entry | 'new') => {
    setEditing(e);
    form.setFieldsValue(e === 'new' ? { title: '', question: '', answer: '', categoryCode: undefined } : { title: e.title, question: e.question, answer: e.answer, categoryCode: e.categoryCode ?? undefined });
  };
  const save = (v: { title: string; question: string; answer: string; categoryCode?: string }) =>
    run(
      async () => {
        const body = { ...v, categoryCode: v.categoryCode ?? null };
        if (editing === 'new') await unwrap(client.POST('/api/v1/knowledge', { body }));
        else if (editing) await unwrap(client.PUT('/api/v1/knowledge/{id}', { params: { path: { id: editing.id } }, body }));
        setEditing(null);
      },
      { done: t('kb.saved') },
    );
  const required = [{ required: true, whitespace: true, message: t('kb.required') }];
  return (
    <>
      <PageHeader title={t('kb.title')} sub={t('kb.sub')} extra={<Button type="primary" onClick={() => open('new')}>{t('kb.add')}</Button>} />
      <Input.Search aria-label={t('kb.search')} placeholder={t('kb.search')} allowClear enterButton onSearch={(v) => setQ(v.trim())} style={{ maxWidth: 480, marginBottom: 16 }} />
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Empty description={t('kb.empty')} />}>
        {(d) => (
          <Collapse
            items={d.items.map((k) => ({
              key: k.id,
              label: (
                <Flex gap={8} wrap="wrap" align="center">
                  <span>{k.title}</span>
                  {categoryName(k.categoryCode) ? <Tag>{categoryName(k.categoryCode)}</Tag> : null}
                  {k.status === 'retired' ? <Tag>{t('kb.retired')}</Tag> : null}
                </Flex>
              ),
              children: (
                <>
                  <Typography.Paragraph type="secondary">{k.question}</Typography.Paragraph>
                  <Typography.Paragraph>{k.answer}</Typography.Paragraph>
                  <Button size="small" onClick={() => open(k)}>{t('kb.edit')}</Button>
                </>
              ),
            }))}
          />
        )}
      </Loadable>
      <Modal open={editing !== null} title={editing === 'new' ? t('kb.add') : t('kb.edit')} onCancel={() => setEditing(null)} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden forceRender>
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="title" label={t('kb.entryTitle')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="question" label={t('kb.question')} rules={required}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="answer" label={t('kb.answer')} rules={required}>
            <Input.TextArea rows={5} maxLength={5000} />
          </Form.Item>
          <Form.Item name="categoryCode" label={t('kb.category')}>
            <Select allowClear aria-label={t('kb.category')} options={(categories.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
