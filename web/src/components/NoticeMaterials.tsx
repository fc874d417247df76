import { Flex, Table, Tag, Typography } from 'antd';
import type { NoticeMaterial } from '../api/guidance';
import { defineMessages, useT } from '../i18n';

const m = defineMessages({
  'nm.material': ['材料', 'Material'],
  'nm.form': ['形式与份数', 'Form and copies'],
  'nm.why': ['为什么需要：哪个事项 · 依据', 'Why: which item · legal basis'],
  'nm.required': ['必须', 'Required'],
  'nm.optional': ['视情况', 'If applicable'],
  'nm.reuse': ['已有电子证照“{name}”，免提交', 'You hold the e-licence "{name}": not needed'],
  'nm.produced': ['由本次办理的“{name}”产生，免提交', 'Produced by "{name}" in this application: not needed'],
  'nm.accepts': ['持有“{names}”电子证照可免交', 'Not needed with the e-licence "{names}"'],
  'nm.condition': ['需要时：{text}', 'When: {text}'],
});

/** Each material of a notice or an application with the items that need it and the legal basis of each (清单之外无材料). */
export function NoticeMaterials({ materials, licenceTypeNames = {} }: { materials: NoticeMaterial[]; licenceTypeNames?: Record<string, string> }) {
  const t = useT(m);
  return (
    <Table<NoticeMaterial>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={materials}
      columns={[
        {
          title: t('nm.material'),
          key: 'name',
          render: (_, x) => (
            <Flex vertical gap={4}>
              <span>
                <strong>{x.name}</strong> {x.required ? <Tag color="red">{t('nm.required')}</Tag> : <Tag>{t('nm.optional')}</Tag>}
              </span>
              {x.reuse ? <Tag color="green">{t('nm.reuse', { name: x.reuse.typeName })}</Tag> : null}
              {x.producedBy ? <Tag color="cyan">{t('nm.produced', { name: x.producedBy.itemName })}</Tag> : null}
              {!x.reuse && !x.producedBy && x.acceptsLicenceTypes.length ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('nm.accepts', { names: x.acceptsLicenceTypes.map((c) => licenceTypeNames[c] ?? c).join('、') })}
                </Typography.Text>
              ) : null}
              {x.conditionText ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('nm.condition', { text: x.conditionText })}</Typography.Text> : null}
              {x.note ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{x.note}</Typography.Text> : null}
            </Flex>
          ),
        },
        { title: t('nm.form'), key: 'form', width: 130, responsive: ['md'], render: (_, x) => `${x.form} · ${t('unit.copies', { n: x.copies })}` },
        {
          title: t('nm.why'),
          key: 'why',
          render: (_, x) => (
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {x.neededBy.map((n) => (
                <li key={n.versionId}>
                  <Typography.Text strong>{n.itemName}</Typography.Text>
                  <Typography.Text type="secondary">（{n.authorityName}）</Typography.Text>
                  <div style={{ fontSize: 12 }}>{n.legalBasis}</div>
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
