import { sm2 } from 'sm-crypto-v2';

/**
 * The signed protocol of the provincial 统一公共支付平台 as this platform speaks it (and its sandbox answers it): every
 * request and answer is a flat JSON object of strings and integers; `sign` is an SM2 signature (SM3 digest, the
 * GB/T 35276 default user ID, r || s in hex) over the other fields sorted by name as `k=v&k=v`, empty values left out.
 * The merchant signs requests with its key; the platform signs answers and asynchronous notifications with its own.
 */
export const SM2_USER_ID = '1234567812345678';

export type Message = Record<string, string | number>;

export function canonical(m: Record<string, unknown>): string {
  return Object.keys(m)
    .filter((k) => k !== 'sign' && m[k] !== undefined && m[k] !== null && m[k] !== '')
    .sort()
    .map((k) => `${k}=${String(m[k])}`)
    .join('&');
}

export function signMessage<T extends Message>(m: T, privateKey: string, publicKey: string): T & { sign: string } {
  const sign = sm2.doSignature(canonical(m), privateKey, { hash: true, der: false, publicKey, userId: SM2_USER_ID });
  return { ...m, sign };
}

export function verifyMessage(m: Record<string, unknown>, publicKey: string): boolean {
  const sign = m.sign;
  if (typeof sign !== 'string' || !/^[0-9a-f]{128}$/i.test(sign)) return false;
  try {
    return sm2.doVerifySignature(canonical(m), sign, publicKey, { hash: true, der: false, userId: SM2_USER_ID });
  } catch {
    return false;
  }
}

export function newKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}

/** A line of the platform's daily statement (对账单). */
export interface StatementLine {
  orderNo: string;
  tradeNo: string;
  kind: 'pay' | 'refund';
  amount: number;
  at: string;
}
