import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Typography } from 'antd';
import type { ItemVersion } from '../api/useItemVersions';
import { defineMessages, useT } from '../i18n';

const m = defineMessages({
  'cc.what': ['指南中的材料或条件', 'Material or condition of the guide'],
  'cc.problem': ['存在的问题', 'What is wrong'],
  'cc.add': ['添加一项', 'Add a line'],
  'cc.remove': ['删除此项', 'Remove this line'],
  'cc.material': ['材料', 'Material'],
  'cc.condition': ['条件', 'Condition'],
  'cc.hint': ['只能引用本办件所依据的办事指南中的材料和条件（清单之外无材料）', 'Only the materials and conditions of the guide the application was filed against can be cited'],
  'cc.line': ['第 {n} 项', 'Line {n}'],
});

export interface CitationDraft {
  target?: string;
  problem: string;
}

/** Builds the citation list of a correction, refusal or request for more: one line per guide material or condition. */
export function CitationComposer({ items, value, onChange }: { items: ItemVersion[]; value: CitationDraft[]; onChange: (v: CitationDraft[]) => void }) {
  const t = useT(m);
  const options = items.map((i) => ({
    label: i.name,
    title: i.name,
    options: [
      ...i.materials.map((x) => ({ value: `material|${i.code}|${x.code}`, label: `${t('cc.material')}：${x.name}` })),
      ...i.conditions.map((c, n) => ({ value: `condition|${i.code}|${n + 1}`, label: `${t('cc.condition')}：${c}` })),
    ],
  }));
  const set = (n: number, patch: Partial<CitationDraft>) => onChange(value.map((v, k) => (k === n ? { ...v, ...patch } : v)));
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('cc.hint')}
      </Typography.Text>
      {value.map((v, n) => (
        <Flex key={n} gap={8} wrap="wrap" align="start" role="group" aria-label={t('cc.line', { n: n + 1 })}>
          <Select
            aria-label={`${t('cc.what')} ${n + 1}`}
            style={{ flex: '1 1 240px', minWidth: 200 }}
            placeholder={t('cc.what')}
            value={v.target}
            onChange={(target) => set(n, { target })}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
          />
          <Input aria-label={`${t('cc.problem')} ${n + 1}`} style={{ flex: '1 1 200px' }} placeholder={t('cc.problem')} value={v.problem} onChange={(e) => set(n, { problem: e.target.value })} maxLength={500} />
          <Button aria-label={t('cc.remove')} icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_, k) => k !== n))} disabled={value.length === 1} />
        </Flex>
      ))}
      <div>
        <Button icon={<PlusOutlined />} onClick={() => onChange([...value, { problem: '' }])}>
          {t('cc.add')}
        </Button>
      </div>
    </Flex>
  );
}

export const citationsOf = (drafts: CitationDraft[]) =>
  drafts
    .filter((d) => d.target && d.problem.trim())
    .map((d) => {
      const [kind, itemCode, ref] = d.target!.split('|') as ['material' | 'condition', string, string];
      return { kind, itemCode, ref, problem: d.problem.trim() };
    });
