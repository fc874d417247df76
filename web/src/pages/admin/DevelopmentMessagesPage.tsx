import { Alert, Button, Table, Typography } from 'antd';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'dm.title': ['开发短信通道', 'Development text messages'],
  'dm.hint': ['未接入短信服务商时，验证码短信不发出，而是记录在这里和服务器日志中，仅系统管理员可见。生产环境请配置 BANSHI_SMS_PROVIDER=http 接入短信服务商。', 'Without an SMS provider, code messages are not sent: they are kept here and in the server log, for administrators only. In production set BANSHI_SMS_PROVIDER=http.'],
  'dm.provider': ['已接入短信服务商，验证码直接发送到用户手机，此处不再记录。', 'An SMS provider is configured: codes go to the phones and are not kept here.'],
  'dm.phone': ['手机号码', 'Mobile number'],
  'dm.purpose': ['用途', 'Purpose'],
  'dm.text': ['短信内容', 'Text'],
  'dm.at': ['时间', 'Time'],
  'dm.reload': ['刷新', 'Reload'],
  'dm.empty': ['暂无短信', 'No messages'],
});

/** What the page reads until the route declares its answer. */
type DevMessages = AnswerOf<'/api/v1/admin/development-messages', 'get', { channel: string; items: Array<{ id: string; phoneMasked: string; purposeName: string; text: string; createdAt: string }> }>;

/** What the development channel would have sent by SMS: the administrator reads codes here while no provider is set. */
export default function DevelopmentMessagesPage() {
  const t = useT(m);
  const loaded = useApi<DevMessages>((signal) => unwrap(client.GET('/api/v1/admin/development-messages', { params: { query: { limit: 100 } }, signal })), []);
  return (
    <>
      <PageHeader title={t('dm.title')} extra={<Button onClick={loaded.reload}>{t('dm.reload')}</Button>} />
      <Loadable loaded={loaded}>
        {(d) => (
          <>
            <Alert type={d.channel === 'development' ? 'warning' : 'info'} showIcon title={d.channel === 'development' ? t('dm.hint') : t('dm.provider')} style={{ marginBottom: 16 }} />
            <Table
              rowKey="id"
              size="small"
              dataSource={d.items}
              pagination={false}
              locale={{ emptyText: t('dm.empty') }}
              columns={[
                { title: t('dm.at'), dataIndex: 'createdAt', render: (v: string) => formatTime(v), width: 170 },
                { title: t('dm.phone'), dataIndex: 'phoneMasked', width: 140 },
                { title: t('dm.purpose'), dataIndex: 'purposeName', width: 100 },
                { title: t('dm.text'), dataIndex: 'text', render: (v: string) => <Typography.Text>{v}</Typography.Text> },
              ]}
            />
          </>
        )}
      </Loadable>
    </>
  );
}
