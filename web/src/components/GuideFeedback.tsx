import { FlagOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { client, unwrap, type BodyOf } from '../api/typed';
import { useAuth } from '../auth/AuthContext';
import { useAction } from '../hooks/useAction';
import { defineMessages, useT } from '../i18n';

const m = defineMessages({
  'fb.button': ['指南纠错', 'Report a guide problem'],
  'fb.title': ['反映办事指南的问题', 'Report a problem with this guide'],
  'fb.kind': ['问题类型', 'Problem'],
  'fb.wrong': ['内容有误（与实际办理不符）', 'Wrong (differs from practice)'],
  'fb.unclear': ['表述不清', 'Unclear'],
  'fb.part': ['指南的哪一部分', 'Which part of the guide'],
  'fb.material': ['涉及的材料（可选）', 'Material concerned (optional)'],
  'fb.description': ['具体情况', 'What happened'],
  'fb.descriptionRequired': ['请说明具体情况（至少 2 个字）', 'Describe the problem (2 characters at least)'],
  'fb.sent': ['已提交，主管部门将在期限内答复', 'Sent; the department will answer within the time limit'],
  'part.conditions': ['办理条件', 'Conditions'],
  'part.materials': ['申请材料', 'Materials'],
  'part.fees': ['收费', 'Fees'],
  'part.limits': ['办理时限', 'Time limits'],
  'part.place': ['办理地点', 'Place'],
  'part.steps': ['办理流程', 'Steps'],
  'part.form': ['申请表', 'Form'],
  'part.legalBasis': ['设定依据', 'Legal basis'],
  'part.other': ['其他', 'Other'],
});

const parts = ['conditions', 'materials', 'fees', 'limits', 'place', 'steps', 'form', 'legalBasis', 'other'] as const;
type Feedback = BodyOf<'/api/v1/guide-feedback', 'post'>;
export type FeedbackStep = Feedback['step'];

/** 指南纠错: applicants and clerks flag a guide as wrong or unclear from any step; it goes to the item's owner. */
export function GuideFeedbackButton({
  itemVersionId,
  step,
  materials = [],
  applicationId,
  size,
}: {
  itemVersionId: string;
  step: FeedbackStep;
  materials?: Array<{ code: string; name: string }>;
  applicationId?: string;
  size?: 'small' | 'middle';
}) {
  const t = useT(m);
  const { me } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const { busy, run } = useAction();
  const [form] = Form.useForm();
  const send = (v: Pick<Feedback, 'kind' | 'part' | 'materialCode' | 'description'>) =>
    run(
      async () => {
        await unwrap(client.POST('/api/v1/guide-feedback', { body: { itemVersionId, step, ...v, ...(applicationId ? { applicationId } : {}) } }));
        setOpen(false);
        form.resetFields();
      },
      { done: t('fb.sent') },
    );
  return (
    <>
      <Button
        size={size}
        icon={<FlagOutlined />}
        onClick={() => (me ? setOpen(true) : navigate(`/login?next=${encodeURIComponent(location.pathname)}`))}
      >
        {t('fb.button')}
      </Button>
      <Modal open={open} title={t('fb.title')} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('action.submit')} cancelText={t('action.cancel')} confirmLoading={busy} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={send} initialValues={{ kind: 'wrong', part: 'materials' }}>
          <Form.Item name="kind" label={t('fb.kind')}>
            <Radio.Group options={[{ value: 'wrong', label: t('fb.wrong') }, { value: 'unclear', label: t('fb.unclear') }]} />
          </Form.Item>
          <Form.Item name="part" label={t('fb.part')}>
            <Select options={parts.map((p) => ({ value: p, label: t(`part.${p}`) }))} />
          </Form.Item>
          {materials.length ? (
            <Form.Item name="materialCode" label={t('fb.material')}>
              <Select allowClear options={materials.map((x) => ({ value: x.code, label: x.name }))} />
            </Form.Item>
          ) : null}
          <Form.Item name="description" label={t('fb.description')} rules={[{ required: true, min: 2, whitespace: true, message: t('fb.descriptionRequired') }]}>
            <Input.TextArea rows={4} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
