// shared with the server (src/http/portal-pages.ts), whose module resolution wants the file's extension
import type { Pair } from './pair.ts';

/** Names of the domain's codes (GLOSSARY.md) as the UI shows them. */
export const domain = {
  'kind.licence': ['行政许可', 'Licensing'],
  'kind.confirmation': ['行政确认', 'Confirmation'],
  'kind.filing': ['行政备案', 'Filing'],
  'kind.benefit': ['行政给付', 'Benefit'],
  'kind.adjudication': ['行政裁决', 'Adjudication'],
  'kind.award': ['行政奖励', 'Award'],
  'kind.other': ['其他行政权力', 'Other power'],
  'kind.publicService': ['公共服务', 'Public service'],

  'handling.immediate': ['即办件', 'Immediate'],
  'handling.promised': ['承诺件', 'Promised'],

  'form.original': ['原件', 'Original'],
  'form.copy': ['复印件', 'Copy'],
  'form.originalAndCopy': ['原件及复印件', 'Original and copy'],
  'form.electronic': ['电子件', 'Electronic'],

  'audience.citizen': ['个人', 'Citizens'],
  'audience.enterprise': ['企业', 'Businesses'],
  'audience.both': ['个人和企业', 'Citizens and businesses'],

  'unit.days': ['{n} 个工作日', '{n} working days'],
  'unit.hours': ['{n} 小时', '{n} hours'],
  'unit.visits': ['最多跑 {n} 次', 'At most {n} visits'],
  'unit.zeroVisits': ['零跑动', 'No visit needed'],
  'unit.yuan': ['{n} 元', '¥{n}'],
  'unit.free': ['不收费', 'Free'],
  'unit.items': ['{n} 个事项', '{n} items'],
  'unit.copies': ['{n} 份', '{n} copies'],
  'yes': ['是', 'Yes'],
  'no': ['否', 'No'],
} as const satisfies Record<string, Pair>;
