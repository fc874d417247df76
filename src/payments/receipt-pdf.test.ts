import { describe, expect, it } from 'vitest';
import { capitalYuan } from './receipt-pdf.js';

describe('amounts in capitals on the receipt', () => {
  it('writes them as 非税收入 receipts do', () => {
    expect(capitalYuan(8000)).toBe('捌拾元整');
    expect(capitalYuan(2000)).toBe('贰拾元整');
    expect(capitalYuan(55000)).toBe('伍佰伍拾元整');
    expect(capitalYuan(10550)).toBe('壹佰零伍元伍角');
    expect(capitalYuan(100005)).toBe('壹仟元零伍分');
    expect(capitalYuan(100500000)).toBe('壹佰万零伍仟元整');
    expect(capitalYuan(15000000)).toBe('壹拾伍万元整');
    expect(capitalYuan(5)).toBe('零元零伍分');
  });
});
