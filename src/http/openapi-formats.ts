/**
 * Formats an integrator needs to check the platform's signatures offline: a licence's QR payload and the audit
 * log's signed tree head (README: 电子证照, 审计日志). Documented here and in the OpenAPI document.
 */
export const formatsDescription = [
  '**电子证照二维码载荷**（components.schemas.LicenceQrPayload）：`BSL1.<claims>.<signature>`，claims 为 UTF-8 JSON（LicenceClaims）的 base64url，',
  'signature 为 SM2（SM3 摘要，区分标识 `1234567812345678`）对 ASCII 文本 `BSL1.<claims>` 的签名：r‖s 各 32 字节共 64 字节，base64url 编码（86 个字符）。',
  '签名公钥（含已停用的）见 `GET /.well-known/banshi-keys.json`，以 claims.k 查找；`/v/<载荷>` 为公开核验页面。',
  '',
  '**审计树头**（components.schemas.TreeHead）：签名覆盖 50 字节（RFC 6962 TreeHeadSignature）：`0x00`（v1）‖ `0x01`（tree_hash）‖ timestamp（uint64 大端，毫秒）‖ treeSize（uint64 大端）‖ 32 字节 rootHash；',
  'SM2 with SM3，区分标识 `1234567812345678`，DER 编码（JSON 中为十六进制）。叶子 = SM3(0x00 ‖ 条目哈希)，节点 = SM3(0x01 ‖ 左 ‖ 右)。公钥见 `GET /.well-known/banshi-audit-keys.json`。',
].join('\n');

export const formatSchemas = {
  LicenceClaims: {
    type: 'object',
    description: '电子证照二维码中签名的声明（JSON，键名固定）',
    required: ['id', 't', 'h', 'n', 'i', 'f', 'u', 'd', 'k'],
    properties: {
      id: { type: 'string', description: '证照标识（GB/T 36904，含版本号）' },
      t: { type: 'string', description: '证照类型代码', examples: ['food-business-permit'] },
      h: { type: 'string', description: '持证主体：企业为统一社会信用代码；公民为脱敏的公民身份号码（前 6 位和后 4 位，如 431127********0329）' },
      n: { type: 'string', description: '持证主体名称' },
      i: { type: 'string', description: '发证机关统一社会信用代码' },
      f: { type: 'string', format: 'date', description: '有效期起（Asia/Shanghai）' },
      u: { type: ['string', 'null'], format: 'date', description: '有效期至；null 为长期' },
      d: { type: 'string', description: '证照内容（数据、完整持证人号码、有效期，加平台保存的随机盐）规范 JSON 的 SM3 摘要，base64url' },
      k: { type: 'string', description: '签名密钥标识（见 /.well-known/banshi-keys.json）' },
    },
  },
  LicenceQrPayload: {
    type: 'string',
    pattern: '^BSL1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{86}$',
    description:
      '`BSL1.<base64url(UTF-8 JSON of LicenceClaims)>.<base64url(SM2 signature r‖s, 64 bytes)>`；签名覆盖 ASCII 文本 `BSL1.<claims>`，SM2 over SM3，区分标识 1234567812345678，与 OpenSSL 3 互通。',
    'x-claims': { $ref: '#/components/schemas/LicenceClaims' },
  },
};
