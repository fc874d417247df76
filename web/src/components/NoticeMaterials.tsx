import { Flex, Tag, Typography } from 'antd';
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
  'nm.someLicence': ['相应电子证照', 'the matching e-licence'],
  'nm.condition': ['需要时：{text}', 'When: {text}'],
});

const wrap = { whiteSpace: 'normal', overflowWrap: 'anywhere' } as const;

/**
 * Each material of a notice or an application with the items that need it and the legal basis of each (清单之外无材料).
 * One block a material, so that a phone shows it in full width rather than squeezed columns.
 */
export function NoticeMaterials({ materials, licenceTypeNames = {} }: { materials: NoticeMaterial[]; licenceTypeNames?: Record<string, string> }) {
  const t = useT(m);
  return (
    <Flex vertical gap={12}>
      {materials.map((x) => (
        <Flex key={x.key} vertical gap={4} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 10 }}>
          <span style={wrap}>
            <strong>{x.name}</strong> {x.required ? <Tag color="red">{t('nm.required')}</Tag> : <Tag>{t('nm.optional')}</Tag>}
          </span>
          <Typography.Text type="secondary">
            {t('nm.form')}：{x.form} · {t('unit.copies', { n: x.copies })}
          </Typography.Text>
          {x.reuse ? <Tag color="green" style={wrap}>{t('nm.reuse', { name: x.reuse.typeName })}</Tag> : null}
          {x.producedBy ? <Tag color="cyan" style={wrap}>{t('nm.produced', { name: x.producedBy.itemName })}</Tag> : null}
          {!x.reuse && !x.producedBy && x.acceptsLicenceTypes.length ? (
            <Typography.Text type="secondary" style={wrap}>
              {t('nm.accepts', { names: x.acceptsLicenceTypes.map((c) => licenceTypeNames[c] ?? t('nm.someLicence')).join('、') })}
            </Typography.Text>
          ) : null}
          {x.conditionText ? <Typography.Text type="secondary" style={wrap}>{t('nm.condition', { text: x.conditionText })}</Typography.Text> : null}
          {x.note ? <Typography.Text type="secondary" style={wrap}>{x.note}</Typography.Text> : null}
          <Typography.Text type="secondary">{t('nm.why')}</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {x.neededBy.map((n) => (
              <li key={n.versionId} style={wrap}>
                <Typography.Text strong>{n.itemName}</Typography.Text>
                <Typography.Text type="secondary">（{n.authorityName}）</Typography.Text>
                <div>{n.legalBasis}</div>
              </li>
            ))}
          </ul>
        </Flex>
      ))}
    </Flex>
  );
}
