import { Card, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { ItemList } from '../../components/ItemList';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';
import type { PublicPlanSummary } from './types';

const m = defineMessages({
  'pub.title': ['双随机抽查公示', 'Random inspections: public results'],
  'pub.sub': ['随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开', 'Businesses and inspectors drawn at random; every result published'],
  'pub.empty': ['暂无公布的抽查计划', 'No plans published yet'],
  'pub.published': ['公布于 {at}', 'Published {at}'],
  'pub.drawn': ['已抽取 {n} 户', '{n} drawn'],
  'pub.waiting': ['待抽取', 'Not drawn yet'],
});

/** Anyone reads the published plans and follows one to its draw and results. */
export default function PublicPlansPage() {
  const t = useT(m);
  const plans = useApi<{ items: PublicPlanSummary[] }>((signal) => unwrap(client.GET('/api/v1/public/inspection-plans', { signal })), []);
  return (
    <>
      <PageHeader title={t('pub.title')} sub={t('pub.sub')} />
      <Card>
        <Loadable loaded={plans} isEmpty={(d) => d.items.length === 0} empty={<Typography.Text type="secondary">{t('pub.empty')}</Typography.Text>}>
          {(d) => (
            <ItemList
              items={d.items.map((p) => ({
                key: p.id,
                title: <Link to={`/public/inspections/${p.id}`}>{p.title}</Link>,
                description: `${p.departments.map((x) => x.name).join('、')} · ${t('pub.published', { at: formatTime(p.publishedAt) })}`,
                extra: p.status === 'drawn' ? <Tag color="green">{t('pub.drawn', { n: p.sampleCount ?? 0 })}</Tag> : <Tag color="blue">{t('pub.waiting')}</Tag>,
              }))}
            />
          )}
        </Loadable>
      </Card>
    </>
  );
}
