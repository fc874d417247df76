import { FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { MaterialSpec } from '../../api/catalog';
import { useApi } from '../../api/hooks';
import { client, unwrap } from '../../api/typed';
import { GuideFeedbackButton } from '../../components/GuideFeedback';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { guideWords } from './words';
import { defineMessages, useLang, useT } from '../../i18n';

const m = defineMessages(guideWords);

/**
 * The materials of a guide as a plain table: the phone shows name and need, wider screens add the form, the legal
 * basis and how a material may be skipped (global.css, .guide-materials). A plain table keeps the grid component's
 * script off the page citizens open most from search.
 */
function MaterialsTable({ materials, t }: { materials: MaterialSpec[]; t: ReturnType<typeof useT<typeof m>> }) {
  return (
    <table className="guide-materials">
      <thead>
        <tr>
          <th scope="col">{t('guide.material')}</th>
          <th scope="col" className="from-md">{t('guide.form')}</th>
          <th scope="col">{t('guide.required')}</th>
          <th scope="col" className="from-sm">{t('guide.materialBasis')}</th>
          <th scope="col" className="from-lg">{t('guide.reuse')}</th>
        </tr>
      </thead>
      <tbody>
        {materials.map((x) => (
          <tr key={x.code}>
            <td>
              <Flex vertical>
                <span>{x.name}</span>
                {x.note ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{x.note}</Typography.Text> : null}
              </Flex>
            </td>
            <td className="from-md">{`${t(`form.${x.form}`)} · ${t('unit.copies', { n: x.count })}`}</td>
            <td>{x.required ? <Tag color="red">{t('guide.mandatory')}</Tag> : <Tag>{t('guide.optional')}</Tag>}</td>
            <td className="from-sm">
              <Typography.Text style={{ fontSize: 13 }}>{x.legalBasis}</Typography.Text>
            </td>
            <td className="from-lg">
              {x.satisfiedByLicence ? <Tag color="green">{t('guide.reuseLicence', { type: x.satisfiedByLicence })}</Tag> : x.satisfiedByElements.length ? <Tag color="blue">{t('guide.reuseData')}</Tag> : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 办事指南 of one published item, and the way in: its one-time notice. */
export default function ItemGuidePage() {
  const t = useT(m);
  const { lang } = useLang();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const { busy, run } = useAction();
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/catalog/items/{code}', { params: { path: { code } }, signal })), [code]);
  const powers = useApi((signal) => unwrap(client.GET('/api/v1/public/items/{code}/power', { params: { path: { code } }, signal })), [code]);
  const start = () =>
    run(async () => {
      const notice = await unwrap(client.POST('/api/v1/guidance/items/{code}/notice', { params: { path: { code } } }));
      navigate(`/portal/notices/${notice.id}`);
    });
  return (
    <Loadable loaded={loaded} rows={10}>
      {(item) => {
        // English readers get the catalog's English version where it has one, and are told when it has none
        const english = lang === 'en' ? item.english ?? null : null;
        const conditions = english?.conditions.length ? english.conditions : item.conditions;
        return (
        <>
          <PageHeader
            title={english?.name ?? item.name}
            sub={`${item.department.name} · ${t(`kind.${item.kind}`)}`}
            extra={
              <>
                <GuideFeedbackButton itemVersionId={item.versionId} step="guidance" materials={item.materials} />
                <Button type="primary" icon={<FileTextOutlined />} loading={busy} onClick={start}>
                  {t('guide.start')}
                </Button>
              </>
            }
          />
          {lang === 'en' && !english ? <Alert style={{ marginBottom: 16 }} type="info" showIcon title={t('catalog.noEnglish')} /> : null}
          {english ? (
            <Typography.Paragraph lang="en" style={{ marginBottom: 16 }}>
              {english.summary} <span lang="zh-CN">（{item.name}）</span>
            </Typography.Paragraph>
          ) : null}
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
              <Descriptions.Item label={t('guide.department')}>{item.department.name}</Descriptions.Item>
              {powers.data?.power ? (
                <Descriptions.Item label={t('guide.power')}>
                  <Link to="/public/powers">{t('guide.powerText', { name: powers.data.power.name, kind: powers.data.power.kindName })}</Link>
                </Descriptions.Item>
              ) : null}
              {powers.data?.delegations.map((d) => (
                <Descriptions.Item key={d.id} label={t('guide.delegated')}>{t('guide.delegatedText', { delegate: d.delegate.name, mode: d.modeName, scope: d.scope })}</Descriptions.Item>
              ))}
              <Descriptions.Item label={t('guide.code')}>{item.implementationCode}</Descriptions.Item>
              <Descriptions.Item label={t('guide.legalDays')}>{t('unit.days', { n: item.legalDays })}</Descriptions.Item>
              <Descriptions.Item label={t('guide.promisedDays')}>{item.handling === 'immediate' ? t('handling.immediate') : t('unit.days', { n: item.promisedDays })}</Descriptions.Item>
              <Descriptions.Item label={t('guide.visits')}>{item.visitsNeeded === 0 ? t('unit.zeroVisits') : t('unit.visits', { n: item.visitsNeeded })}</Descriptions.Item>
              <Descriptions.Item label={t('guide.fees')}>
                {item.fees.length ? item.fees.map((f) => `${f.name} ${f.amount}${f.unit}`).join('；') : t('guide.free')}
              </Descriptions.Item>
              <Descriptions.Item label={t('guide.place')}>{item.place}</Descriptions.Item>
              <Descriptions.Item label={t('guide.hours')}>{item.officeHours}</Descriptions.Item>
              {item.phone ? <Descriptions.Item label={t('guide.phone')}>{item.phone}</Descriptions.Item> : null}
            </Descriptions>
            {item.commitmentAllowed ? <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('guide.commitment')} description={item.commitmentText ?? undefined} /> : null}
          </Card>
          <Card title={t('guide.basis')} size="small" style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{item.legalBasis}</Typography.Paragraph>
          </Card>
          <Card title={t('guide.conditions')} size="small" style={{ marginBottom: 16 }}>
            {conditions.length ? (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {conditions.map((c, n) => (
                  <li key={n}>{c}</li>
                ))}
              </ol>
            ) : (
              <Typography.Text type="secondary">{t('guide.noConditions')}</Typography.Text>
            )}
          </Card>
          <Card title={t('guide.materials')} size="small" style={{ marginBottom: 16 }}>
            <MaterialsTable materials={item.materials} t={t} />
          </Card>
          {item.steps.length ? (
            <Card title={t('guide.steps')} size="small">
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {item.steps.map((s, n) => (
                  <li key={n}>
                    <strong>{s.name}</strong>：{s.description}
                  </li>
                ))}
              </ol>
            </Card>
          ) : null}
        </>
        );
      }}
    </Loadable>
  );
}
