import { Card, Col, Flex, Row, Segmented, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { client, unwrap } from '../../api/typed';
import type { BundleSummary } from '../../api/catalog';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'bundles.title': ['一件事一次办', 'One thing, done once'],
  'bundles.sub': ['一次告知、一表申请、一窗受理、一次办好', 'Told once, one form, one window, done once'],
  'bundles.all': ['全部', 'All'],
  'bundles.start': ['开始办理', 'Start'],
  'bundles.promise': ['承诺 {limit} 内办结', 'Done within {limit}'],
  'bundles.none': ['暂无可办理的一件事', 'No bundles are published yet'],
  'bundles.audience': ['办理对象', 'For'],
});

export default function BundlesPage() {
  const t = useT(m);
  const [params, setParams] = useSearchParams();
  const audience = params.get('audience') ?? '';
  // an unknown value in the address lists every bundle rather than asking the server for a filter it refuses
  const filter = audience === 'citizen' || audience === 'enterprise' ? audience : undefined;
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/catalog/bundles', { params: { query: { audience: filter } }, signal })), [filter]);
  return (
    <>
      <PageHeader title={t('bundles.title')} sub={t('bundles.sub')} />
      <Segmented
        style={{ marginBottom: 16 }}
        value={audience}
        onChange={(v) => setParams(v ? { audience: String(v) } : {}, { replace: true })}
        options={[
          { value: '', label: t('bundles.all') },
          { value: 'citizen', label: t('audience.citizen') },
          { value: 'enterprise', label: t('audience.enterprise') },
        ]}
      />
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Typography.Paragraph type="secondary">{t('bundles.none')}</Typography.Paragraph>}>
        {(d) => (
          <Row gutter={[16, 16]}>
            {d.items.map((b) => (
              <Col key={b.code} xs={24} md={12} lg={8}>
                <Card
                  title={b.name}
                  extra={<Tag>{t(`audience.${b.audience}`)}</Tag>}
                  actions={[
                    <LinkButton key="go" to={`/portal/bundles/${b.code}`} type="primary" aria-label={`${t('bundles.start')}：${b.name}`}>
                      {t('bundles.start')}
                    </LinkButton>,
                  ]}
                  style={{ height: '100%' }}
                >
                  <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ minHeight: 66 }}>
                    {b.description}
                  </Typography.Paragraph>
                  <Flex gap={8} wrap="wrap">
                    <Tag color="blue">{t('unit.items', { n: b.itemCount })}</Tag>
                    <Tag color="green">{t('bundles.promise', { limit: b.promisedHours ? t('unit.hours', { n: b.promisedHours }) : t('unit.days', { n: b.promisedDays }) })}</Tag>
                  </Flex>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </Loadable>
    </>
  );
}
