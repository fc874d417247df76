import { describe, expect, it } from 'vitest';
import { peopleMessage } from './issue-messages.js';

describe('peopleMessage', () => {
  it('never shows a pattern, a type name or a key', () => {
    const regex = peopleMessage({ code: 'invalid_format', format: 'regex', pattern: '/^(1\\d{10})$/', message: 'Invalid string: must match pattern /^(1\\d{10})$/' }, 'zh-CN');
    expect(regex).toBe('格式不正确，请按提示重新填写');
    expect(peopleMessage({ code: 'invalid_type', expected: 'number', input: 'abc' }, 'zh-CN')).toBe('应填写数字');
    expect(peopleMessage({ code: 'invalid_type', expected: 'string', input: undefined }, 'zh-CN')).toBe('必填，请填写');
    expect(peopleMessage({ code: 'too_big', origin: 'string', maximum: 50 }, 'zh-CN')).toBe('不能超过 50 个字');
  });

  it('keeps the schema’s own Chinese wording, and speaks English when asked', () => {
    expect(peopleMessage({ code: 'invalid_format', format: 'regex', message: '请输入手机号或带区号的固定电话' }, 'zh-CN')).toBe('请输入手机号或带区号的固定电话');
    expect(peopleMessage({ code: 'invalid_format', format: 'regex', message: '请输入手机号或带区号的固定电话' }, 'en')).toBe('the format is wrong; please follow the hint');
  });
});
