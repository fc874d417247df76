import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Private signing keys at rest: AES-256-GCM under a key derived from the master key, with the key id as
 * associated data so that a ciphertext cannot be swapped onto another key's row.
 */
const VERSION = 'v1';

function wrappingKey(masterKey: Buffer): Buffer {
  return createHmac('sm3', masterKey).update('banshi/licence-signing-key/v1').digest();
}

export function sealPrivateKey(masterKey: Buffer, keyId: string, privateKeyHex: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey(masterKey), iv);
  cipher.setAAD(Buffer.from(keyId, 'utf8'));
  const ct = Buffer.concat([cipher.update(Buffer.from(privateKeyHex, 'hex')), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64')}`;
}

export function openPrivateKey(masterKey: Buffer, keyId: string, sealed: string): string {
  const [version, b64] = sealed.split(':');
  if (version !== VERSION || !b64) throw new Error(`unknown sealed key format for ${keyId}`);
  const raw = Buffer.from(b64, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey(masterKey), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(keyId, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('hex');
}
