import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type AppDeps } from '../core/index.js';
import { AuditErrors } from './errors.js';
import { consistencyProof, exportHeads } from './proofs.js';
import * as store from './store.js';
import { AUDIT_SM2_ID, auditKeyPair, auditPublicKeyPem } from './tree-head.js';
import { headOf } from './verify-audit.js';

const tags = ['audit'];
const Head = z.object({
  treeSize: z.number().int().describe('日志条数'),
  rootHash: z.string().describe('SM3 Merkle 树根（十六进制）'),
  timestamp: z.number().int().describe('签名时间（自 1970-01-01 UTC 起的毫秒数，签名内容的一部分）'),
  signature: z.string().describe('SM2 签名（DER，十六进制）'),
  keyId: z.string().describe('审计公钥标识（见 /.well-known/banshi-audit-keys.json）'),
}).meta({
  id: 'TreeHead',
  description:
    '签名树头（RFC 6962/9162，SM3 与 SM2）。签名覆盖 50 字节：0x00（v1）‖ 0x01（tree_hash）‖ timestamp（uint64 大端，毫秒）‖ treeSize（uint64 大端）‖ 32 字节 rootHash；SM2 with SM3，区分标识 1234567812345678，DER 编码。叶子 = SM3(0x00 ‖ 32 字节条目哈希)，节点 = SM3(0x01 ‖ 左 ‖ 右)，n 个叶子在小于 n 的最大 2 的幂处分割，空树为 SM3("")。',
});

const PublicKey = z.object({ keyId: z.string().describe('审计公钥标识'), publicKey: z.string().describe('SM2 公钥（未压缩点，十六进制，04 开头）') });
const HeadsExport = z
  .object({ format: z.literal('banshi-audit-heads/v1'), keys: z.array(PublicKey), heads: z.array(Head) })
  .meta({ id: 'AuditHeadsExport', description: '全部签名树根（旧在前）及签名公钥：留存此文件，日后可用 banshi audit verify --heads 或 check-proof 核对。' });
const AuditKeys = z.object({
  algorithm: z.string().describe('签名算法'),
  signedBytes: z.string().describe('被签名的字节'),
  keys: z.array(
    PublicKey.extend({
      publicKeyPem: z.string().describe('同一公钥的 PEM（SubjectPublicKeyInfo），可供 openssl pkeyutl -verify 使用'),
      since: z.string().nullable().describe('首次签名时间（ISO 8601）；尚未签过树根时为空'),
    }),
  ),
});

/** Public: the signed tree heads, consistency proofs and the audit key. Anyone can keep a copy and check later. */
export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/public/audit/heads',
    {
      schema: {
        tags,
        summary: '审计日志签名树根（新在前，分页）',
        querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(500).default(50) }),
        response: { 200: z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(Head) }) },
      },
    },
    async (req) => {
      const { page, pageSize } = req.query;
      const [total, rows] = await Promise.all([store.sealCount(deps.db), store.sealsNewestFirst(deps.db, pageSize, (page - 1) * pageSize)]);
      return { total, page, pageSize, items: rows.map(headOf) };
    },
  );

  r.get('/api/v1/public/audit/heads/export', { schema: { tags, summary: '导出全部签名树根及公钥（供留存、日后核对）', response: { 200: HeadsExport } } }, async (_req, reply) => {
    reply.header('content-disposition', 'attachment; filename="banshi-audit-heads.json"');
    return exportHeads(deps.db);
  });

  r.get(
    '/api/v1/public/audit/consistency',
    {
      schema: {
        tags,
        summary: '两个签名树根之间的一致性证明（RFC 6962）',
        querystring: z.object({ first: z.coerce.number().int().min(0), second: z.coerce.number().int().min(1) }),
        response: { 200: z.object({ first: z.number().int(), second: z.number().int(), proof: z.array(z.string()) }) },
      },
    },
    async (req) => {
      const { first, second } = req.query;
      if (first > second) throw new AppError(AuditErrors.AUDIT_CONSISTENCY_RANGE, { first, second });
      const proof = await consistencyProof(deps.db, first, second);
      if (!proof) throw new AppError(AuditErrors.AUDIT_HEAD_UNKNOWN, { treeSize: second });
      return { first, second, proof };
    },
  );

  r.get('/.well-known/banshi-audit-keys.json', { schema: { tags, summary: '审计日志签名公钥（SM2）', response: { 200: AuditKeys } } }, async () => ({
    algorithm: `SM2 signature over SM3 (GB/T 32918.2, GB/T 32905), distinguishing ID ${AUDIT_SM2_ID}, DER`,
    signedBytes: 'RFC 6962 TreeHeadSignature: 0x00 || 0x01 || uint64 timestamp (ms) || uint64 tree_size || 32-byte SM3 Merkle root',
    keys: await publishedAuditKeys(),
  }));

  // Every key that signed a head, and the current one even before it has signed anything.
  async function publishedAuditKeys() {
    const keys = await store.auditKeys(deps.db);
    const own = auditKeyPair(deps.config);
    const all = keys.some((k) => k.keyId === own.keyId) ? keys : [...keys, { keyId: own.keyId, publicKey: own.publicKey, createdAt: null }];
    return all.map((k) => ({ keyId: k.keyId, publicKey: k.publicKey, publicKeyPem: auditPublicKeyPem(k.publicKey), since: k.createdAt?.toISOString() ?? null }));
  }
}
