/**
 * Drives the platform through its own API on a manual clock, as its users would, to leave a lived-in demo behind:
 * every change goes through the same routes, policies and use cases as a real one (audit log, deadlines, outbox).
 */
import type { FastifyInstance } from 'fastify';
import { addDays, dayInfo, loadCalendar, shanghaiDateOf, type WorkingCalendar } from '../calendar/index.js';
import { getPublishedItemsByCodes } from '../catalog/index.js';
import { makeIdNumber, ManualClock, type Config } from '../core/index.js';
import type { Db } from '../db/index.js';
import { buildMergedForm, fieldsOf, loadItemVersions } from '../guidance/index.js';
import { buildApp } from '../http/index.js';
import { DEMO_PASSWORD, DEMO_REGION, userByUsername } from '../identity/index.js';
import { drainOutbox } from '../outbox/index.js';
import { samplePdf } from './sample-pdf.js';

export interface Applicant {
  /** an account (online filing, or named at the counter); otherwise the clerk files for a person without one */
  username?: string;
  kind: 'citizen' | 'business';
  name: string;
  idNumber?: string;
  uscc?: string;
  orgName?: string;
  phone?: string;
}

/** Marks what the activity filed, so that it is replayed only once. */
export const ACTIVITY_KEY_PREFIX = 'demo-activity-';

/** Reviewer accounts of the demo departments. */
const REVIEWER: Record<string, string> = {
  scjg: 'scjg-shenhe', wjj: 'wjj-shenhe', xfjy: 'xfjy-shenhe', gaj: 'gaj-shenhe', swj: 'swj-shenhe', zrzy: 'zrzy-shenhe', zjj: 'zjj-shenhe', rsj: 'rsj-shenhe', xzsp: 'xzsp-shenhe',
  kfq: 'kfq-shenhe',
};

export class ActivityDriver {
  private sessions = new Map<string, Record<string, string>>();
  private uploads = 0;
  private filings = 0;
  private constructor(
    readonly app: FastifyInstance,
    readonly clock: ManualClock,
    private readonly db: Db,
    private readonly calendar: WorkingCalendar,
    private readonly now: Date,
  ) {}

  static async open(db: Db, config: Config, now: Date): Promise<ActivityDriver> {
    const clock = new ManualClock(now);
    // the replay is the platform talking to itself: no per-client limits
    const app = await buildApp({ db, clock, config: { ...config, rateLimits: undefined } }, { serveWeb: false });
    return new ActivityDriver(app, clock, db, await loadCalendar(db, DEMO_REGION), now);
  }

  close(): Promise<void> {
    return this.app.close();
  }

  /**
   * Moves the clock to `hhmm` (Asia/Shanghai) on the working day `k` working days before today; today (k = 0) never
   * goes past the real now: `minutesAgo` instead.
   */
  at(k: number, hhmm: string, minutesAgo = 60): this {
    if (k <= 0) {
      this.clock.set(new Date(this.now.getTime() - minutesAgo * 60_000));
      return this;
    }
    let d = shanghaiDateOf(this.now);
    for (let n = 0; n < k; ) {
      d = addDays(d, -1);
      if (dayInfo(this.calendar, d).working) n++;
    }
    this.clock.set(new Date(`${d}T${hhmm}:00+08:00`));
    return this;
  }

  /**
   * How many working days back (for `at`) to accept an item of `limit` working days so that it falls due `ahead`
   * working days from today: close enough to show a yellow card whatever day of the week today is.
   */
  acceptedFor(ahead: number, limit: number): number {
    return limit - ahead + (dayInfo(this.calendar, shanghaiDateOf(this.now)).working ? 0 : 1);
  }

  /** A working day `k` days ahead of today (for due dates of owed materials). */
  dateAhead(k: number): string {
    let d = shanghaiDateOf(this.now);
    for (let n = 0; n < k; ) {
      d = addDays(d, 1);
      if (dayInfo(this.calendar, d).working) n++;
    }
    return d;
  }

  private async headers(user: string): Promise<Record<string, string>> {
    // a session lasts 12 hours from sign-in and the day's steps span less: one sign-in per person per day
    const key = `${user}@${shanghaiDateOf(this.clock.now())}`;
    const hit = this.sessions.get(key);
    if (hit) return hit;
    const res = await this.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user, password: DEMO_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`demo login ${user}: ${res.statusCode} ${res.body}`);
    const headers = { authorization: `Bearer ${(res.json() as { token: string }).token}` };
    this.sessions.set(key, headers);
    return headers;
  }

  async call<T = any>(user: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, extra: Record<string, string> = {}): Promise<T> {
    const headers = { ...(user ? await this.headers(user) : {}), ...extra };
    const res = await this.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
    if (res.statusCode >= 300) throw new Error(`demo ${method} ${url} as ${user}: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  }

  post<T = any>(user: string | null, url: string, payload: unknown = {}) {
    return this.call<T>(user, 'POST', url, payload);
  }

  get<T = any>(user: string, url: string) {
    return this.call<T>(user, 'GET', url);
  }

  async drain(): Promise<void> {
    await drainOutbox(this.db, this.clock);
  }

  /** Uploads a small scanned-document PDF as `user`. */
  async upload(user: string, label: string): Promise<string> {
    const boundary = `----banshi-demo-${++this.uploads}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan-${this.uploads}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: { ...(await this.headers(user)), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([head, samplePdf(`${label}-${this.uploads}`), tail]),
    });
    if (res.statusCode !== 201) throw new Error(`demo upload: ${res.statusCode} ${res.body}`);
    return (res.json() as { id: string }).id;
  }

  /**
   * Files an application: online by the applicant's account, or at the counter by the clerk. One scan per required
   * material (except those in `omit`), and the merged form filled in as the applicant would.
   */
  async submit(given: Applicant, o: { itemCodes: string[]; bundleCode?: string; answers?: Record<string, unknown>; form?: Record<string, unknown>; omit?: string[]; online?: boolean; extra?: Record<string, unknown>; url?: string }): Promise<{ id: string; number: string }> {
    const account = given.username ? await userByUsername(this.db, given.username) : undefined;
    const a: Applicant = account
      ? { ...given, name: account.name, idNumber: account.id_number ?? undefined, uscc: account.uscc ?? undefined, orgName: account.org_name ?? undefined, phone: account.phone ?? undefined }
      : given;
    const user = o.online ? a.username! : 'chuangkou';
    const items = await getPublishedItemsByCodes(this.db, o.itemCodes);
    const attachments: Array<{ uploadId: string; materials: Array<{ itemCode: string; materialCode: string }> }> = [];
    for (const item of items) {
      for (const m of item.materials.filter((x) => x.required)) {
        if (o.omit?.includes(`${item.code}:${m.code}`)) continue;
        attachments.push({ uploadId: await this.upload(user, `${item.code}-${m.code}`), materials: [{ itemCode: item.code, materialCode: m.code }] });
      }
    }
    const body = {
      ...(o.bundleCode ? { bundleCode: o.bundleCode, answers: o.answers } : {}),
      itemCodes: o.itemCodes,
      form: await this.form(a, o.itemCodes, o.answers ?? {}, o.form ?? {}),
      attachments,
      ...(o.online ? {} : { applicant: { username: a.username ?? null, kind: a.kind, name: a.name, idNumber: a.idNumber ?? null, uscc: a.uscc ?? null, orgName: a.orgName ?? null, phone: a.phone ?? null }, counter: { identityCheck: 'idCardRead' } }),
      ...o.extra,
    };
    try {
      return await this.call(user, 'POST', o.url ?? '/api/v1/applications', body, { 'idempotency-key': `${ACTIVITY_KEY_PREFIX}${++this.filings}-${this.clock.now().getTime()}` });
    } catch (e) {
      throw new Error(`${o.itemCodes.join(',')} for ${a.orgName ?? a.name}: ${(e as Error).message}`);
    }
  }

  /** The merged form for these items, each field filled with a plausible value for this applicant. */
  private async form(a: Applicant, itemCodes: string[], answers: Record<string, unknown>, overrides: Record<string, unknown>) {
    const items = await getPublishedItemsByCodes(this.db, itemCodes);
    const { items: views, elements } = await loadItemVersions(this.db, items.map((i) => i.versionId));
    const merged = buildMergedForm(views, elements, { answers: answers as never });
    const data: Record<string, unknown> = {};
    const person = a.idNumber ?? makeIdNumber('431127', '19850612', '032');
    for (const f of fieldsOf(merged)) {
      const fit = (s: string) => (f.maxLength ? [...s].slice(0, f.maxLength).join('') : s);
      switch (f.type) {
        case 'number':
          data[f.name] = Math.min(Math.max(100, f.min ?? 0), f.max ?? 100);
          break;
        case 'date':
          data[f.name] = shanghaiDateOf(this.clock.now());
          break;
        case 'enum':
          data[f.name] = f.options?.[0]?.value ?? '';
          break;
        case 'boolean':
          data[f.name] = true;
          break;
        case 'uscc':
          data[f.name] = a.uscc ?? null;
          break;
        case 'idNumber':
          data[f.name] = person;
          break;
        case 'phone':
          data[f.name] = a.phone ?? '13907460000';
          break;
        case 'email':
          data[f.name] = 'banshi-demo@example.com';
          break;
        case 'address':
          data[f.name] = '蓝山县塔峰镇舜乡路88号';
          break;
        default:
          data[f.name] = fit(`${f.label}（${a.orgName ?? a.name}）`);
      }
      if (data[f.name] === null) delete data[f.name];
    }
    // the names people read on the application and its licence
    const names: Record<string, string> = { applicantName: a.name, enterpriseName: a.orgName ?? a.name, legalRepresentative: a.name };
    for (const [k, v] of Object.entries(names)) if (k in data) data[k] = v;
    return { ...data, ...overrides };
  }

  async accept(id: string, body: Record<string, unknown> = {}) {
    return this.atWindow(id, 'accept', body);
  }

  /** As the county's window clerk, or (refused there: handed in at 湖南蓝山经济开发区 under a delegation, 赋权) the zone's. */
  private async atWindow(id: string, action: 'accept' | 'deliver', body: Record<string, unknown>) {
    const url = `/api/v1/applications/${id}/${action}`;
    const res = await this.app.inject({ method: 'POST', url, headers: await this.headers('chuangkou'), payload: body });
    // the zone's window takes the county's items of the same filing in for them (代收): it confirms its checks
    if (res.statusCode === 403) return this.post('kfq-chuangkou', url, action === 'accept' ? { checks: { identity: true, formalCompleteness: true }, ...body } : body);
    if (res.statusCode >= 300) throw new Error(`demo POST ${url} as chuangkou: ${res.statusCode} ${res.body}`);
    return res.json();
  }

  application(id: string) {
    return this.get('jianguan', `/api/v1/applications/${id}`);
  }

  /** The case of an item, as the application shows it. */
  async caseOf(id: string, itemCode: string): Promise<{ id: string; status: string; department: { code: string } }> {
    return (await this.application(id)).cases.find((c: { itemCode: string }) => c.itemCode === itemCode);
  }

  /** Takes a case into review by its department's reviewer. */
  async review(c: { id: string; department: { code: string } }) {
    return this.post(REVIEWER[c.department.code]!, `/api/v1/cases/${c.id}/review`, {});
  }

  /** Reviews (if not yet) and decides one case as its department's reviewer. */
  async decide(c: { id: string; status: string; department: { code: string } }, decision: 'approve' | 'deny', reasons: string) {
    const reviewer = REVIEWER[c.department.code]!;
    if (c.status === 'accepted') await this.post(reviewer, `/api/v1/cases/${c.id}/review`, {});
    return this.post(reviewer, `/api/v1/cases/${c.id}/decide`, { decision, reasons });
  }

  /** Reviews and decides every case still open (dependants start as their prerequisites are approved). */
  async decideAll(id: string, decision: (c: { itemCode: string }) => { decision: 'approve' | 'deny'; reasons: string } = () => ({ decision: 'approve', reasons: '材料齐全，符合法定条件，准予许可' })) {
    for (let round = 0; round < 10; round++) {
      const open = (await this.application(id)).cases.filter((c: { status: string }) => ['accepted', 'reviewing'].includes(c.status));
      if (open.length === 0) return;
      for (const c of open) {
        const reviewer = REVIEWER[c.department.code]!;
        if (c.status === 'accepted') await this.post(reviewer, `/api/v1/cases/${c.id}/review`, {});
        await this.post(reviewer, `/api/v1/cases/${c.id}/decide`, decision(c));
      }
    }
  }

  async deliver(id: string, body: Record<string, unknown> = { method: 'window' }) {
    return this.atWindow(id, 'deliver', body);
  }
}
