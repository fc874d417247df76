import createClient, { type Middleware } from 'openapi-fetch';
import { activeLang } from '../i18n';
import { ApiError, apiErrorOf, NETWORK, notifyUnauthorized, UNEXPECTED } from './errors';
import type { components, paths } from './schema';

export { ApiError, NETWORK, UNEXPECTED, onUnauthorized } from './errors';

/**
 * What every call shares: errors in the asked language (zh-CN unless the user chose English), JSON answers,
 * a 401 tells the shell the session is gone, and an unreachable server becomes an ApiError the pages can word.
 */
const conventions: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', activeLang());
    request.headers.set('accept', 'application/json');
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) notifyUnauthorized();
    return undefined;
  },
  onError({ error }) {
    if ((error as Error)?.name === 'AbortError') return error as Error;
    return new ApiError(0, NETWORK, '');
  },
};

/**
 * The typed API client: paths, parameters, bodies and answers come from the server's OpenAPI document
 * (schema.d.ts, written by `npm run build:api`), so a page that asks for a field the server does not send, or sends a
 * body the server would refuse, does not compile. Submissions that need an Idempotency-Key declare it as a required
 * header parameter, so a call without one does not compile either.
 */
export const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
client.use(conventions);

export type Schemas = components['schemas'];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * An answer whose shape the server's document does not declare yet (the route has no response schema): read loosely
 * until it does. Once the route declares its answer, the same `AnswerOf`/`unwrap` yield the declared type and every
 * read of a field the server does not send stops compiling.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Undeclared = any;
/** The declared type, or Undeclared where the document has none (openapi-fetch reads such an answer as undefined/never). */
export type Declared<T, Expected = Undeclared> = [T] extends [never] ? Expected : [T] extends [undefined] ? Expected : T;

type Ok<R> = R extends { 200: { content: { 'application/json': infer T } } } ? T : R extends { 201: { content: { 'application/json': infer T } } } ? T : never;
/**
 * The successful JSON answer of an operation: `AnswerOf<'/api/v1/applications/{id}', 'get'>`. Where the route does not
 * declare its answer yet, `Expected` names the shape the page reads meanwhile; it gives way to the declared type as soon
 * as the document has one.
 */
export type AnswerOf<P extends keyof paths, M extends Method, Expected = Undeclared> = Declared<paths[P][M] extends { responses: infer R } ? Ok<R> : never, Expected>;
/** The JSON body of an operation. */
export type BodyOf<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** The query parameters of an operation. */
export type QueryOf<P extends keyof paths, M extends Method> = paths[P][M] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The data of a 2xx answer; anything else becomes an ApiError in the `{ code, message, details }` shape. */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(pending: Promise<R>): Promise<Declared<NonNullable<R['data']>>> {
  const { data, error, response } = await pending;
  if (response.ok) return data as Declared<NonNullable<R['data']>>;
  throw apiErrorOf(response.status, error);
}

type PathParams<P extends string> = P extends `${string}{${infer K}}${infer Rest}` ? { [k in K]: string } & PathParams<Rest> : unknown;
type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];

/**
 * The address of a GET operation, for a link or a download the browser itself opens (a file, a PDF, an export):
 * `hrefOf('/api/v1/files/{id}/content', { id })`. The path must exist in the document, so a renamed route does not compile.
 */
export function hrefOf<P extends GetPath>(path: P, params?: PathParams<P> & { query?: Record<string, string | number | undefined> }): string {
  const { query, ...segments } = (params ?? {}) as Record<string, string> & { query?: Record<string, string | number | undefined> };
  let href: string = path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(segments[k] ?? ''));
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  if (s) href += `?${s}`;
  return href;
}

type UploadPath = { [P in keyof paths]: paths[P] extends { post: { requestBody?: { content: { 'multipart/form-data': unknown } } } } ? P : never }[keyof paths];

/**
 * A multipart upload with progress (fetch cannot report upload progress; XMLHttpRequest can), to an operation the
 * document declares as multipart. `onProgress` receives 0..100. Errors and 401 as for every other call.
 */
export function uploadTo<P extends UploadPath>(path: P, form: FormData, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<AnswerOf<P, 'post'>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept-language', activeLang());
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, NETWORK, ''));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        reject(new ApiError(xhr.status, UNEXPECTED, ''));
        return;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(100);
        resolve(data as AnswerOf<P, 'post'>);
      } else {
        if (xhr.status === 401) notifyUnauthorized();
        reject(apiErrorOf(xhr.status, data));
      }
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
