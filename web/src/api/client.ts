/**
 * LEGACY hand-written client, kept only for the portal pages still being moved to the typed client (api/typed.ts).
 * New code calls `client.GET(...)` from './typed'; test/architecture.test.ts allows this import only in the listed files.
 */
import { activeLang } from '../i18n';
import { ApiError, NETWORK, UNEXPECTED, notifyUnauthorized } from './errors';

export { ApiError, NETWORK, UNEXPECTED, onUnauthorized, notifyUnauthorized } from './errors';

type Query = Record<string, string | number | boolean | undefined | null | Array<string | number>>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => qs.append(k, String(x)));
    else qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}


async function parse(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  if (res.status === 204) return undefined;
  if (!type.includes('application/json')) {
    if (res.ok) return res.text();
    throw new ApiError(res.status, UNEXPECTED, '');
  }
  return res.json();
}

export async function request<T>(method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': activeLang(), accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init, method, headers: { ...headers, ...(init.headers as Record<string, string> | undefined) }, body: payload });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, NETWORK, '');
  }
  const data = await parse(res);
  if (!res.ok) {
    const err = data as { code?: string; message?: string; details?: Record<string, unknown> } | undefined;
    if (res.status === 401) notifyUnauthorized();
    throw new ApiError(res.status, err?.code ?? UNEXPECTED, err?.message ?? '', err?.details ?? {});
  }
  return data as T;
}

export const api = {
  request,
  get: <T>(path: string, query?: Query, init?: RequestInit) => request<T>('GET', withQuery(path, query), undefined, init),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, body ?? {}, headers ? { headers } : {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  del: <T>(path: string) => request<T>('DELETE', path),
};

/**
 * Uploads with progress (fetch cannot report upload progress, XMLHttpRequest can).
 * `onProgress` receives 0..100.
 */
export function upload<T>(path: string, form: FormData, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
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
        resolve(data as T);
      } else {
        const err = data as { code?: string; message?: string; details?: Record<string, unknown> } | undefined;
        if (xhr.status === 401) notifyUnauthorized();
        reject(new ApiError(xhr.status, err?.code ?? UNEXPECTED, err?.message ?? '', err?.details ?? {}));
      }
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
