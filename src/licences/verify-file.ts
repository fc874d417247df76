import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { shanghaiDateOf } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { extractPayload, verifyPayloadOffline, type PublicKeyInfo } from './payload.js';
import { statusNames } from './rules.js';
import { licenceTypeOf } from './types.js';
import { verifyLicenceOnline } from './verify-licence.js';
import type { PublishedKey } from './keys.js';

/** The payload inside what the command line was given: a licence PDF, a text file, a scanned URL or the payload. */
export async function payloadFromInput(input: string): Promise<string | undefined> {
  if (fs.existsSync(input) && fs.statSync(input).isFile()) {
    const bytes = fs.readFileSync(input);
    if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      return extractPayload(doc.getKeywords() ?? '');
    }
    return extractPayload(bytes.toString('utf8'));
  }
  return extractPayload(input);
}

export function keysFromDocument(json: string): Map<string, PublicKeyInfo> {
  const doc = JSON.parse(json) as { keys?: PublishedKey[] };
  return new Map((doc.keys ?? []).map((k) => [k.kid, { keyId: k.kid, publicKey: k.publicKey, issuerUscc: k.issuer.uscc }]));
}

export interface VerifyOutcome {
  /** 0 valid; 1 not a genuine licence (bad signature, unreadable); 2 genuine but not valid now (revoked, expired …). */
  exitCode: 0 | 1 | 2;
  lines: string[];
}

/** Offline: the signature with published keys alone, and the dates. It cannot see revocations. */
export async function verifyOffline(input: string, keys: Map<string, PublicKeyInfo>, at: Date): Promise<VerifyOutcome> {
  const payload = await payloadFromInput(input);
  if (!payload) return { exitCode: 1, lines: ['未找到证照二维码载荷（BSL1.…）'] };
  const v = verifyPayloadOffline(payload, (k) => keys.get(k), shanghaiDateOf(at));
  if (!v.valid) {
    const why = { MALFORMED: '载荷格式错误', UNKNOWN_KEY: '未知的签名密钥', BAD_SIGNATURE: '签名无效（可能被篡改）', ISSUER_MISMATCH: '签名密钥与发证机关不符', BAD_IDENTIFIER: '证照标识校验位错误' }[v.reason];
    return { exitCode: 1, lines: [`核验失败：${why}`, ...(v.claims ? [`证照标识：${v.claims.id}`] : [])] };
  }
  const c = v.claims;
  const lines = [
    '签名有效（离线核验，SM2/SM3）',
    `证照：${licenceTypeOf(c.t)?.name ?? c.t}`,
    `证照标识：${c.id}`,
    `持证主体：${c.n}（${c.h}）`,
    `有效期：${c.f} 至 ${c.u ?? '长期'}`,
    `签名密钥：${c.k}`,
  ];
  if (v.expired) return { exitCode: 2, lines: [...lines, '状态：已过期'] };
  if (v.notYetValid) return { exitCode: 2, lines: [...lines, '状态：尚未生效'] };
  return { exitCode: 0, lines: [...lines, '状态：日期有效（离线无法得知是否被撤销或暂停，请在线核验）'] };
}

/** Online: signature and the live status from the platform's database. */
export async function verifyOnline(input: string, q: Queryable, at: Date): Promise<VerifyOutcome> {
  const payload = await payloadFromInput(input);
  if (!payload) return { exitCode: 1, lines: ['未找到证照二维码载荷（BSL1.…）'] };
  const v = await verifyLicenceOnline(q, payload, at);
  if (!v.signatureValid || !v.licence) return { exitCode: 1, lines: [`核验失败：${v.statusName}`] };
  const l = v.licence;
  const lines = [
    '签名有效（SM2/SM3）',
    `证照：${l.typeName}`,
    `证照标识：${l.identifier}`,
    `持证主体：${l.holderName}（${l.holderId}）`,
    `发证机关：${l.issuerName}`,
    `有效期：${l.validFrom} 至 ${l.validUntil ?? '长期'}`,
    `状态：${v.statusName}${v.statusReason ? `（${v.statusReason}）` : ''}`,
  ];
  for (const p of v.permits ?? []) lines.push(`  许可证：${p.typeName} ${p.identifier} 至 ${p.validUntil ?? '长期'} ${p.statusName}`);
  return { exitCode: v.status === 'valid' ? 0 : 2, lines };
}

