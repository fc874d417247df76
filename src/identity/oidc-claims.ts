/**
 * What the province's identity platform (统一身份认证) says about who signed in, checked and mapped onto this
 * platform's terms. Pure: claims in, a verified identity (or what is missing) out.
 *
 * Claims read: `sub`; `name` (verified name); `id_number` (公民身份号码); `acr` (assurance level, mapped by
 * configuration to a real-name level); for a legal-person sign-in (法人登录) also `uscc`, `org_name` and
 * `legal_representative: true`, the person then being the business's legal representative.
 */
import { validateIdNumber, validateUscc, type RealNameLevel } from '../core/index.js';

export interface ProviderIdentity {
  issuer: string;
  /** the provider's subject; a legal-person sign-in is keyed apart from the same person's own (`sub#uscc`) */
  key: string;
  name: string;
  idNumber: string;
  acr: string;
  level: RealNameLevel;
  business: { uscc: string; orgName: string } | null;
}

export type ClaimsVerdict = { ok: true; identity: ProviderIdentity } | { ok: false; missing: { zh: string; en: string } };

const text = (v: unknown, max: number): string | null => (typeof v === 'string' && v.trim().length > 0 && v.trim().length <= max ? v.trim() : null);

export function identityFromClaims(claims: Record<string, unknown>, cfg: { issuer: string; acrLevels: Record<string, RealNameLevel> }, today: string): ClaimsVerdict {
  const missing = (zh: string, en: string): ClaimsVerdict => ({ ok: false, missing: { zh, en } });
  const sub = text(claims.sub, 255);
  if (!sub) return missing('账号标识', 'subject');
  const name = text(claims.name, 50);
  if (!name) return missing('姓名', 'name');
  const id = typeof claims.id_number === 'string' ? validateIdNumber(claims.id_number.trim(), today) : null;
  if (!id?.valid) return missing('公民身份号码', 'citizen ID number');
  const acr = typeof claims.acr === 'string' ? claims.acr : '';
  const level = cfg.acrLevels[acr];
  if (!level) return missing('实名认证等级', 'assurance level');
  let business: ProviderIdentity['business'] = null;
  // a legal-person sign-in by someone other than the legal representative is taken as that person's own
  if (claims.uscc !== undefined && claims.legal_representative === true) {
    const uscc = typeof claims.uscc === 'string' ? validateUscc(claims.uscc.trim()) : null;
    const orgName = text(claims.org_name, 100);
    if (!uscc?.valid) return missing('统一社会信用代码', 'unified social credit code');
    if (!orgName) return missing('企业名称', 'business name');
    business = { uscc: uscc.normalized, orgName };
  }
  return { ok: true, identity: { issuer: cfg.issuer, key: business ? `${sub}#${business.uscc}` : sub, name, idNumber: id.normalized, acr, level, business } };
}

/** Where to go after signing in: a path of this site only, never another site (`//evil`, `/\evil`). */
export function safeReturnPath(v: unknown): string {
  if (typeof v !== 'string' || v.length > 300 || !v.startsWith('/') || v.startsWith('//') || v.startsWith('/\\') || /[\u0000-\u001f]/.test(v)) return '/';
  return v;
}
