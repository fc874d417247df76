import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day that exists: 2026-02-28 is one, 2026-02-30 is not. */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The one schema of a date field in requests: `YYYY-MM-DD`, and a day that exists. */
export const IsoDateString = z
  .string()
  .regex(ISO_DATE, '日期格式应为 YYYY-MM-DD')
  .refine(isCalendarDate, { message: '日期不存在', abort: true })
  .meta({ format: 'date' });

/** The one error shape of every non-2xx answer (`{ code, message, details }`), named `Error` in the OpenAPI document. */
export const ErrorResponse = z
  .object({
    code: z.string().describe('错误码（见 GET /api/v1/errors）'),
    message: z.string().describe('提示语（按 Accept-Language：中文或英文）'),
    details: z.record(z.string(), z.unknown()).describe('细节；校验失败时 issues 为 [{ path, message }]'),
  })
  .meta({ id: 'Error', description: '错误：{ code, message, details }' });
/** The error answers every route may give (the document lists them by status). */
export const errors = { '4xx': ErrorResponse, '5xx': ErrorResponse } as const;

