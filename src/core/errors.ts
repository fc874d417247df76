/**
 * Errors are values with codes. Each module declares its codes with `defineErrors`;
 * the HTTP layer maps a code to its status and to a message in the caller's language.
 */
export type Lang = 'zh-CN' | 'en';

export interface ErrorDef {
  status: number;
  zh: string;
  en: string;
}

const registry = new Map<string, ErrorDef>();

/**
 * Every error code of the platform, as a type: each module's `errors.ts` adds its codes to this interface
 * (`interface ErrorCatalogue extends CodesOf<typeof XErrors> {}`), so a misspelt code does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ErrorCatalogue extends CodesOf<typeof CommonErrors> {}
export type ErrorCode = keyof ErrorCatalogue & string;
export type CodesOf<T> = { [K in keyof T]: true };

/** Register a module's error codes. Messages may hold `{name}` placeholders filled from details. */
export function defineErrors<const T extends Record<string, ErrorDef>>(defs: T): { [K in keyof T]: K } {
  const codes = {} as { [K in keyof T]: K };
  for (const [code, def] of Object.entries(defs)) {
    const existing = registry.get(code);
    if (existing && (existing.zh !== def.zh || existing.status !== def.status)) {
      throw new Error(`error code ${code} defined twice with different meanings`);
    }
    registry.set(code, def);
    (codes as Record<string, string>)[code] = code;
  }
  return codes;
}

export function errorDef(code: ErrorCode | string): ErrorDef | undefined {
  return registry.get(code);
}

export function allErrorCodes(): Array<[string, ErrorDef]> {
  return [...registry.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** An expected failure: carries a registered code and structured details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  constructor(code: ErrorCode, details: Record<string, unknown> = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    if (!registry.has(code)) throw new Error(`unregistered error code ${code}`);
  }
  get status(): number {
    return registry.get(this.code)!.status;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export function formatMessage(code: ErrorCode, lang: Lang, details: Record<string, unknown> = {}): string {
  const def = registry.get(code);
  if (!def) return code;
  const template = lang === 'en' ? def.en : def.zh;
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in details ? String(details[key]) : m));
}

/** Codes shared by every module. */
export const CommonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, zh: '请求内容不符合要求，请检查后重试', en: 'The request is invalid; please check it and retry' },
  BAD_REQUEST: { status: 400, zh: '请求格式不正确：{reason}', en: 'Malformed request: {reason}' },
  NOT_FOUND: { status: 404, zh: '请求的记录不存在', en: 'No such record' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in first' },
  FORBIDDEN: { status: 403, zh: '您无权进行此操作', en: 'You are not allowed to do this' },
  CONFLICT: { status: 409, zh: '数据已被他人修改，请刷新后重试', en: 'Someone else changed this; refresh and retry' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '上传内容过大（上限 {limit}）', en: 'Upload too large (limit {limit})' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型：{type}', en: 'Unsupported content type: {type}' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请 {retryAfter} 秒后再试', en: 'Too many requests; try again in {retryAfter} seconds' },
  SERVICE_BUSY: { status: 503, zh: '系统繁忙，请稍后再试', en: 'The service is busy; try again shortly' },
  INTERNAL: { status: 500, zh: '系统内部错误，已记录，请稍后再试', en: 'Internal error; it has been logged' },
});
