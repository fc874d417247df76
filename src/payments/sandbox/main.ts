import { startSandbox } from './server.js';

/**
 * The sandbox as a process: keys and merchant from the environment, the address it listens at printed as one JSON
 * line on stdout ({"url": …}) for whoever started it.
 */
const env = process.env;
const need = (k: string) => {
  const v = env[k];
  if (!v) {
    console.error(`pay-sandbox: ${k} is not set`);
    process.exit(2);
  }
  return v;
};
const sandbox = await startSandbox({
  port: Number(env.PAY_SANDBOX_PORT ?? 0),
  host: env.PAY_SANDBOX_HOST ?? '127.0.0.1',
  platformPrivateKey: need('PAY_SANDBOX_PRIVATE_KEY'),
  platformPublicKey: need('PAY_SANDBOX_PUBLIC_KEY'),
  merchantId: need('PAY_SANDBOX_MERCHANT_ID'),
  merchantPublicKey: need('PAY_SANDBOX_MERCHANT_PUBLIC_KEY'),
  publicUrl: env.PAY_SANDBOX_PUBLIC_URL,
});
process.stdout.write(`${JSON.stringify({ url: sandbox.url })}\n`);
const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// the sandbox ends with the process that started it
process.stdin.on('end', stop);
process.stdin.resume();
