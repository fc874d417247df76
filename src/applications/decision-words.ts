/**
 * How a decision is worded, by the kind of item: a licence is 准予许可 / 不予许可, a filing 准予备案 / 不予备案, a
 * registration 予以登记 / 不予登记 … Pure; the words appear in notices, messages and decision documents.
 */
export interface DecisionWords {
  grant: string;
  refuse: string;
}

export function decisionWords(kind: string, itemName = ''): DecisionWords {
  // registrations are 行政许可 in the catalog but are decided as 登记
  if (/登记$/.test(itemName)) return { grant: '予以登记', refuse: '不予登记' };
  switch (kind) {
    case 'filing':
      return { grant: '准予备案', refuse: '不予备案' };
    case 'confirmation':
      return { grant: '予以确认', refuse: '不予确认' };
    case 'benefit':
      return { grant: '准予给付', refuse: '不予给付' };
    case 'award':
      return { grant: '予以奖励', refuse: '不予奖励' };
    case 'adjudication':
      return { grant: '作出裁决', refuse: '不予受理裁决申请' };
    case 'licence':
      return { grant: '准予许可', refuse: '不予许可' };
    default:
      return { grant: '准予办理', refuse: '不予办理' };
  }
}
