import { z } from 'zod';

/** Response shapes of the licences API: the server serialises through them (nothing undeclared leaves). */
export const LicenceSummaryResponse = z
  .object({
    id: z.string(),
    identifier: z.string().describe('证照标识（GB/T 36904）'),
    serial: z.string().describe('编号'),
    type: z.string(),
    typeName: z.string(),
    version: z.number().int(),
    holderKind: z.enum(['business', 'citizen']),
    holderId: z.string().describe('持证主体代码：无权查看完整公民身份号码的角色看到脱敏号码'),
    holderName: z.string(),
    issuerName: z.string(),
    issuerUscc: z.string(),
    departmentId: z.string(),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    status: z.string(),
    statusName: z.string(),
    statusReason: z.string().nullable(),
    issuedAt: z.string(),
    applicationId: z.string().nullable(),
    origin: z.enum(['decision', 'registration']),
    originName: z.string(),
  })
  .meta({ id: 'LicenceSummary' });

export const LicenceListResponse = z.object({ items: z.array(LicenceSummaryResponse) });

export const LicenceDetailResponse = LicenceSummaryResponse.extend({
  registrationReason: z.string().nullable(),
  face: z.object({
    title: z.string(),
    layout: z.enum(['certificate', 'permit']),
    serial: z.string(),
    fields: z.array(z.object({ key: z.string(), label: z.string(), value: z.string(), side: z.literal('right').optional() })),
    note: z.string().nullable(),
    issuerName: z.string(),
    issuedOn: z.string(),
  }),
  verifyUrl: z.string().describe('公开核验网址（二维码内容）：…/v/BSL1.<claims>.<signature>'),
  versions: z.array(z.object({ version: z.number().int(), identifier: z.string(), change: z.string(), reason: z.string().nullable(), validUntil: z.string().nullable(), keyId: z.string(), issuedAt: z.string() })),
}).meta({ id: 'LicenceDetail' });

export const LicenceStatusResponse = LicenceSummaryResponse.extend({ checkedAt: z.string() });

export const VerdictResponse = z
  .object({
    signatureValid: z.boolean().describe('签名与发证机关公布的公钥相符（离线核验也能得出）'),
    status: z.enum(['valid', 'suspended', 'revoked', 'expired', 'not-yet-valid', 'superseded', 'unknown', 'invalid']),
    statusName: z.string(),
    statusReason: z.string().nullable(),
    statusSince: z.string().nullable(),
    licence: z
      .object({
        identifier: z.string(),
        type: z.string(),
        typeName: z.string(),
        version: z.number().int(),
        currentVersion: z.number().int(),
        holderName: z.string(),
        holderId: z.string().describe('企业为统一社会信用代码；公民为脱敏号码'),
        issuerName: z.string(),
        validFrom: z.string(),
        validUntil: z.string().nullable(),
        keyId: z.string(),
      })
      .nullable(),
    permits: z.array(z.object({ type: z.string(), typeName: z.string(), identifier: z.string(), issuerName: z.string(), validFrom: z.string(), validUntil: z.string().nullable(), status: z.string(), statusName: z.string() })).optional().describe('一照通：营业执照持有人的其他证照'),
    checkedAt: z.string(),
  })
  .meta({ id: 'LicenceVerdict' });

export const LicenceUseResponse = z
  .object({
    id: z.string(),
    licenceId: z.string(),
    identifier: z.string(),
    type: z.string(),
    typeName: z.string(),
    version: z.number().int(),
    usedBy: z.string().nullable().describe('使用证照的部门'),
    usedByName: z.string().nullable(),
    applicationId: z.string().nullable(),
    materialName: z.string().describe('免于提交的材料'),
    purpose: z.string(),
    at: z.string(),
  })
  .meta({ id: 'LicenceUse' });

export const LicenceUseListResponse = z.object({ items: z.array(LicenceUseResponse) });

export const LicenceTypesResponse = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      typeCode: z.string().describe('电子证照目录的类型代码'),
      definedBy: z.string(),
      department: z.string().describe('发证部门代码'),
      holderKind: z.enum(['business', 'citizen', 'any']),
      validityMonths: z.number().int().nullable().describe('有效期（月）；null 为长期'),
      layout: z.enum(['certificate', 'permit']),
      fields: z.array(z.object({ key: z.string(), label: z.string(), kind: z.enum(['text', 'date', 'area', 'capital', 'idNumber']), fromLicence: z.boolean() })),
    }),
  ),
});

const Issuer = z.object({ uscc: z.string(), name: z.string() });

export const PublishedKeysResponse = z.object({
  algorithm: z.string(),
  payloadFormat: z.string(),
  keys: z.array(
    z.object({
      kid: z.string(),
      alg: z.literal('SM2-SM3'),
      userId: z.string().describe('SM2 签名的区分标识'),
      issuer: Issuer,
      publicKey: z.string(),
      createdAt: z.string(),
      retiredAt: z.string().nullable(),
    }),
  ),
});

export const RotatedKeyResponse = z.object({ kid: z.string(), issuer: Issuer, publicKey: z.string(), createdAt: z.string() });
