import type { FastifyBaseLogger } from 'fastify';
import { maskPhone, newId, type SmsConfig } from '../core/index.js';
import type { Db } from '../db/index.js';
import type { CodePurpose } from './phone-codes-rules.js';
import * as store from './store-codes.js';

export interface CodeMessage {
  phone: string;
  purpose: CodePurpose;
  /** the code (null: a hint without one) */
  code: string | null;
  /** the full text */
  text: string;
  at: Date;
}

/** Where one-time codes go: an SMS provider, or the development channel. */
export interface CodeChannel {
  readonly name: 'development' | 'http';
  send(m: CodeMessage): Promise<void>;
}

/**
 * The development channel: no SMS leaves the machine; the message goes to the server log and to the administrator's
 * page of development messages. The only place in the platform where a code is written down.
 */
export function developmentChannel(db: Db, log: FastifyBaseLogger, production = false): CodeChannel {
  return {
    name: 'development',
    async send(m) {
      // in production (run without SMS on purpose) no page shows the codes: only the server's own log has them
      if (!production) await store.insertDevelopmentMessage(db, { id: newId(), phone: m.phone, purpose: m.purpose, text: m.text, at: m.at });
      log.warn({ phone: maskPhone(m.phone), purpose: m.purpose }, `development SMS channel (no SMS sent): ${m.text}`);
    },
  };
}

/**
 * An SMS provider's HTTP gateway (the shape of the common Chinese providers' send APIs: a signature name, a template
 * and its parameters). The code travels only in the request body; nothing of it is logged.
 */
export function httpSmsChannel(config: Extract<SmsConfig, { provider: 'http' }>, fetchImpl: typeof fetch = fetch): CodeChannel {
  return {
    name: 'http',
    async send(m) {
      const res = await fetchImpl(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${config.token}` },
        body: JSON.stringify({ phoneNumbers: m.phone, signName: config.signName, templateCode: config.template, templateParam: m.code ? { code: m.code } : {}, text: m.text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`SMS provider answered ${res.status}`);
    },
  };
}

export function codeChannelFor(config: SmsConfig | undefined, db: Db, log: FastifyBaseLogger, production = false): CodeChannel {
  return config?.provider === 'http' ? httpSmsChannel(config) : developmentChannel(db, log, production);
}
