import createClient from 'openapi-fetch';
import { activeLang } from '../i18n';
import { ApiError, NETWORK, notifyUnauthorized, UNEXPECTED } from './client';
import type { components, paths } from './schema';

/**
 * The typed API client: paths, parameters, bodies and answers come from the server's OpenAPI document
 * (schema.d.ts, written by `npm run build:api`), so a page that asks for a field the server does not send, or sends a
 * body the server would refuse, does not compile.
 */
export const client = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  fetch: async (request) => {
    request.headers.set('accept-language', activeLang());
    request.headers.set('accept', 'application/json');
    try {
      return await globalThis.fetch(request);
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e;
      throw new ApiError(0, NETWORK, '');
    }
  },
});

export type Schemas = components['schemas'];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Ok<R> = R extends { 200: { content: { 'application/json': infer T } } } ? T : R extends { 201: { content: { 'application/json': infer T } } } ? T : never;
/** The successful JSON answer of an operation: `AnswerOf<'/api/v1/applications/{id}', 'get'>`. */
export type AnswerOf<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R } ? Ok<R> : never;
/** The JSON body of an operation. */
export type BodyOf<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The data of a 2xx answer; anything else becomes an ApiError in the `{ code, message, details }` shape. */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(pending: Promise<R>): Promise<NonNullable<R['data']>> {
  const { data, error, response } = await pending;
  if (response.ok) return data as NonNullable<R['data']>;
  const err = error as { code?: string; message?: string; details?: Record<string, unknown> } | undefined;
  if (response.status === 401) notifyUnauthorized();
  throw new ApiError(response.status, typeof err === 'object' && err?.code ? err.code : UNEXPECTED, err?.message ?? '', err?.details ?? {});
}
