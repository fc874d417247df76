import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PaymentConfig } from '../core/index.js';
import { newKeyPair } from './protocol.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/pay-sandbox.js');

export interface RunningSandbox {
  url: string;
  /** what the platform needs to speak to it: as a real provider's configuration would be */
  config: PaymentConfig;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the payment platform sandbox as its own process with fresh keys (its own, and the merchant's it will trust)
 * and resolves once it listens.
 */
export async function startPaySandbox(opts: { port?: number; host?: string; merchantId?: string } = {}): Promise<RunningSandbox> {
  const platform = newKeyPair();
  const merchant = newKeyPair();
  const merchantId = opts.merchantId ?? 'BANSHI-431127';
  const child = spawn(process.execPath, [BIN], {
    env: {
      ...process.env,
      PAY_SANDBOX_PORT: String(opts.port ?? 0),
      PAY_SANDBOX_HOST: opts.host ?? '127.0.0.1',
      PAY_SANDBOX_PRIVATE_KEY: platform.privateKey,
      PAY_SANDBOX_PUBLIC_KEY: platform.publicKey,
      PAY_SANDBOX_MERCHANT_ID: merchantId,
      PAY_SANDBOX_MERCHANT_PUBLIC_KEY: merchant.publicKey,
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (c: Buffer) => {
      out += c.toString('utf8');
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      child.stdout!.off('data', onData);
      try {
        resolve((JSON.parse(out.slice(0, nl)) as { url: string }).url);
      } catch (e) {
        reject(e);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`pay-sandbox exited with ${code}`)));
    child.once('error', reject);
  });
  return {
    url,
    config: { url, merchantId, privateKey: merchant.privateKey, publicKey: merchant.publicKey, platformPublicKey: platform.publicKey, sandbox: true },
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
