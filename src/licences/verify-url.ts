import type { Config } from '../core/index.js';

/** What the QR code encodes: the public verification page with the signed payload in its path. */
export function verifyUrlOf(config: Pick<Config, 'publicUrl' | 'host' | 'port'>, payload: string): string {
  const base = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  return `${base}/v/${payload}`;
}
