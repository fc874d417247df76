/**
 * What a person reads when a field is refused: what is wrong and what to do, never a regex, a type name or a key.
 * A schema's own Chinese message (`.regex(re, '请输入手机号…')`) is used as written. Pure.
 */
import type { Lang } from '../core/index.js';

const typeNames: Record<string, [string, string]> = {
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  string: ['文字', 'text'],
  boolean: ['“是”或“否”', 'yes or no'],
  array: ['一组内容', 'a list'],
  object: ['一组内容', 'a set of fields'],
  date: ['日期', 'a date'],
  bigint: ['整数', 'a whole number'],
};

const formatNames: Record<string, [string, string]> = {
  email: ['请输入正确的电子邮箱地址', 'enter a valid email address'],
  uuid: ['编号不正确，请从页面上重新选择', 'the identifier is wrong; choose it on the page again'],
  url: ['请输入正确的网址', 'enter a valid web address'],
  date: ['请按“2026-12-04”的格式填写日期', 'enter the date as 2026-12-04'],
  datetime: ['请按“2026-12-04 14:05”的格式填写时间', 'enter the time as 2026-12-04 14:05'],
  time: ['请按“14:05”的格式填写时间', 'enter the time as 14:05'],
};

const hasChinese = (s: unknown): s is string => typeof s === 'string' && /[\u4e00-\u9fff]/.test(s);

/** One issue of a refused request, in the person's language; null when there is no better wording than zod's. */
export function peopleMessage(issue: Record<string, unknown>, lang: Lang): string | null {
  const zh = lang !== 'en';
  if (zh && hasChinese(issue.message)) return issue.message;
  const pick = (pair: [string, string]) => (zh ? pair[0] : pair[1]);
  const n = (v: unknown) => (typeof v === 'bigint' ? Number(v) : (v as number));
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return zh ? '必填，请填写' : 'required; please fill it in';
      const name = typeNames[String(issue.expected)];
      return name ? (zh ? `应填写${name[0]}` : `should be ${name[1]}`) : zh ? '填写的内容类型不对，请重新填写' : 'this is the wrong kind of value; please fill it in again';
    }
    case 'invalid_format': {
      const known = formatNames[String(issue.format)];
      if (known) return pick(known);
      return zh ? '格式不正确，请按提示重新填写' : 'the format is wrong; please follow the hint';
    }
    case 'too_small': {
      const min = n(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? (zh ? '不能为空，请填写' : 'cannot be empty') : zh ? `至少 ${min} 个字` : `at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return zh ? `至少选择 ${min} 项` : `choose at least ${min}`;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return zh ? `不能小于 ${min}` : `cannot be less than ${min}`;
      return null;
    }
    case 'too_big': {
      const max = n(issue.maximum);
      if (issue.origin === 'string') return zh ? `不能超过 ${max} 个字` : `at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return zh ? `最多 ${max} 项` : `at most ${max} entries`;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return zh ? `不能大于 ${max}` : `cannot be more than ${max}`;
      if (issue.origin === 'file') return zh ? '文件过大' : 'the file is too large';
      return null;
    }
    case 'invalid_value':
      return zh ? '请从可选项中选择' : 'choose one of the options';
    case 'unrecognized_keys':
      return zh ? '含有本表单没有的内容，请刷新页面后重新提交' : 'contains fields this form does not have; reload the page and submit again';
    case 'not_multiple_of':
      return zh ? '数值不符合要求' : 'the number is not allowed';
    default:
      return null;
  }
}
