import { z } from 'zod';
import { errors } from '../core/index.js';

/** Response shapes of sign-in and the shared lists: the server serialises through them (nothing undeclared leaves). */
export const UserResponse = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    roles: z.array(z.string()).describe('角色代码：applicant、agent、clerk、reviewer、head、supervisor、inspector、admin'),
    roleNames: z.array(z.string()),
    kind: z.enum(['staff', 'citizen', 'business']),
    departmentId: z.string().nullable(),
    regionCode: z.string().nullable(),
    idNumberMasked: z.string().nullable().describe('公民身份号码（脱敏）'),
    uscc: z.string().nullable(),
    orgName: z.string().nullable(),
    realNameLevel: z.enum(['phone', 'provider', 'counter']).nullable().describe('实名等级：phone 手机号实名、provider 统一身份认证实名、counter 窗口现场核验；工作人员为空'),
    realNameLevelName: z.string().nullable(),
  })
  .meta({ id: 'User' });

export const LoginResponse = z.object({ user: UserResponse, expiresAt: z.string().describe('会话到期时刻（ISO 8601）'), token: z.string().describe('会话令牌：Authorization: Bearer <token>') });
export const OkResponse = z.object({ ok: z.boolean() });
export const DepartmentListResponse = z.object({
  items: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), shortName: z.string(), uscc: z.string().nullable(), regionCode: z.string() })),
});
export const DemoAccountsResponse = z.object({
  password: z.string().nullable(),
  accounts: z.array(z.object({ username: z.string(), name: z.string(), note: z.string().optional(), roleNames: z.array(z.string()), roleNamesEn: z.array(z.string()) })),
});
export const RegionListResponse = z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable(), level: z.string() })) });

export { errors };
