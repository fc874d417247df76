/**
 * A province's worth of 办件, generated set-based (INSERT … SELECT generate_series, one statement per chunk): 100 of
 * Hunan's 122 county-level divisions (GB/T 2260 codes and names) under their 14 cities and prefectures, each with the
 * county government's 18 departments (named after the demo county's), window clerks, reviewers, heads and a
 * supervisor; citizens who apply; applications over five years with their cases (one per item, 1–3 items, items of
 * the demo catalogue) and the cases' deadlines. Most applications are long delivered; those of the last weeks are
 * still at the window, in review or in correction, so the clocks that are still running come out green, yellow or
 * red as a real province's would. Dates follow the deadline generator's plausible arithmetic (about 1.4 calendar days
 * per working day), not the working-day calendar: the reads measured compare indexed dates only.
 */
import type { Db, Queryable } from '../../src/db/index.js';
import { demoDepartments } from '../../src/identity/seed.js';
import { rollUpClosedWhere } from './deadline-data.js';

/** [city code, city name, [county code, county name] …]: the 100 county-level divisions the benchmark spreads over. */
const HUNAN: Array<[string, string, Array<[string, string]>]> = [
  ['430100', '长沙市', [['430104', '岳麓区'], ['430112', '望城区'], ['430121', '长沙县'], ['430181', '浏阳市'], ['430182', '宁乡市']]],
  ['430200', '株洲市', [['430211', '天元区'], ['430212', '渌口区'], ['430223', '攸县'], ['430224', '茶陵县'], ['430225', '炎陵县'], ['430281', '醴陵市']]],
  ['430300', '湘潭市', [['430304', '岳塘区'], ['430321', '湘潭县'], ['430381', '湘乡市'], ['430382', '韶山市']]],
  ['430400', '衡阳市', [['430412', '南岳区'], ['430421', '衡阳县'], ['430422', '衡南县'], ['430423', '衡山县'], ['430424', '衡东县'], ['430426', '祁东县'], ['430481', '耒阳市'], ['430482', '常宁市']]],
  ['430500', '邵阳市', [['430522', '新邵县'], ['430523', '邵阳县'], ['430524', '隆回县'], ['430525', '洞口县'], ['430527', '绥宁县'], ['430528', '新宁县'], ['430529', '城步苗族自治县'], ['430581', '武冈市'], ['430582', '邵东市']]],
  ['430600', '岳阳市', [['430602', '岳阳楼区'], ['430621', '岳阳县'], ['430623', '华容县'], ['430624', '湘阴县'], ['430626', '平江县'], ['430681', '汨罗市'], ['430682', '临湘市']]],
  ['430700', '常德市', [['430703', '鼎城区'], ['430721', '安乡县'], ['430722', '汉寿县'], ['430723', '澧县'], ['430724', '临澧县'], ['430725', '桃源县'], ['430726', '石门县'], ['430781', '津市市']]],
  ['430800', '张家界市', [['430802', '永定区'], ['430821', '慈利县'], ['430822', '桑植县']]],
  ['430900', '益阳市', [['430903', '赫山区'], ['430921', '南县'], ['430922', '桃江县'], ['430923', '安化县'], ['430981', '沅江市']]],
  ['431000', '郴州市', [['431003', '苏仙区'], ['431021', '桂阳县'], ['431022', '宜章县'], ['431023', '永兴县'], ['431024', '嘉禾县'], ['431025', '临武县'], ['431026', '汝城县'], ['431027', '桂东县'], ['431028', '安仁县'], ['431081', '资兴市']]],
  ['431100', '永州市', [['431102', '零陵区'], ['431103', '冷水滩区'], ['431122', '东安县'], ['431123', '双牌县'], ['431124', '道县'], ['431125', '江永县'], ['431126', '宁远县'], ['431127', '蓝山县'], ['431128', '新田县'], ['431129', '江华瑶族自治县'], ['431181', '祁阳市']]],
  ['431200', '怀化市', [['431221', '中方县'], ['431222', '沅陵县'], ['431223', '辰溪县'], ['431224', '溆浦县'], ['431225', '会同县'], ['431226', '麻阳苗族自治县'], ['431227', '新晃侗族自治县'], ['431228', '芷江侗族自治县'], ['431229', '靖州苗族侗族自治县'], ['431230', '通道侗族自治县'], ['431281', '洪江市']]],
  ['431300', '娄底市', [['431302', '娄星区'], ['431321', '双峰县'], ['431322', '新化县'], ['431381', '冷水江市'], ['431382', '涟源市']]],
  ['433100', '湘西土家族苗族自治州', [['433101', '吉首市'], ['433122', '泸溪县'], ['433123', '凤凰县'], ['433124', '花垣县'], ['433125', '保靖县'], ['433126', '古丈县'], ['433127', '永顺县'], ['433130', '龙山县']]],
];

export const COUNTIES = HUNAN.flatMap(([, , cs]) => cs.map(([code]) => code));

/** How the name of the demo county's department reads in another county (蓝山县 → 湘阴县, 永州市 → 岳阳市, 蓝山 → 湘阴). */
const shortOf = (county: string) => county.replace(/(苗族侗族自治县|苗族自治县|侗族自治县|瑶族自治县|自治县|县|区|市)$/, '');

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟谭廖邹欧阳龙';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰志红湘娥文辉建国海林春梅斌宇晨浩然思雨佳琪子涵';
/** A Chinese name from a number: surname and one or two given characters (SQL, `n` an integer expression). */
const nameSql = (n: string) =>
  `substr('${SURNAMES}', 1 + ((${n}) % ${SURNAMES.length})::int, 1) || substr('${GIVEN}', 1 + (((${n}) / 7) % ${GIVEN.length})::int, 1)
   || CASE WHEN (${n}) % 3 = 0 THEN '' ELSE substr('${GIVEN}', 1 + (((${n}) / 13) % ${GIVEN.length})::int, 1) END`;

/** GB 11643 ID number: 17 digits and the ISO 7064 MOD 11-2 check character (SQL, `base` a 17-digit text expression). */
const idNumberSql = (base: string) =>
  `${base} || substr('10X98765432', 1 + (SELECT sum(substr(${base}, k, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[k]) FROM generate_series(1, 17) k)::int % 11, 1)`;

export interface ProvinceShape {
  counties: number;
  departments: number;
  staff: number;
  applicants: number;
  items: number;
}

/** Regions, departments, staff, the item pool and the applicants: everything the applications point at. */
export async function generateProvince(db: Db, applicants: number, progress: (done: number, total: number) => void): Promise<ProvinceShape> {
  const counties = HUNAN.flatMap(([city, cityName, cs], ci) => cs.map(([code, name]) => ({ code, name, city, cityName, ci })));
  await db.query(`CREATE TABLE province_counties (ord int PRIMARY KEY, code varchar(12) NOT NULL, name text NOT NULL, short text NOT NULL, city varchar(12) NOT NULL, city_name text NOT NULL, weight int NOT NULL)`);
  // counties differ in size: a city's central district or a big county files several times what a mountain county does
  await db.query(
    `INSERT INTO province_counties SELECT x.ord, x.code, x.name, x.short, x.city, x.city_name, x.weight
       FROM jsonb_to_recordset($1::jsonb) AS x(ord int, code text, name text, short text, city text, city_name text, weight int)`,
    [JSON.stringify(counties.map((c, i) => ({ ord: i + 1, code: c.code, name: c.name, short: shortOf(c.name), city: c.city, city_name: c.cityName, weight: 1 + ((i * 7) % 5) })))],
  );
  await db.query(`INSERT INTO regions (code, name, parent_code, level) SELECT DISTINCT city, city_name, '430000', 'city' FROM province_counties ON CONFLICT (code) DO NOTHING`);
  await db.query(`INSERT INTO regions (code, name, parent_code, level) SELECT code, name, city, 'county' FROM province_counties ON CONFLICT (code) DO NOTHING`);

  // the county government's departments, named as the demo county's are; the demo county and 湘阴's window and
  // market regulator already exist and are kept
  await db.query(
    `INSERT INTO departments (id, code, name, short_name, region_code)
     SELECT gen_random_uuid(), c.code || '-' || d.code, replace(replace(replace(d.name, '蓝山县', c.name), '永州市', c.city_name), '蓝山', c.short), d.short, c.code
       FROM province_counties c, jsonb_to_recordset($1::jsonb) AS d(code text, name text, short text)
      WHERE NOT EXISTS (SELECT 1 FROM departments x WHERE x.region_code = c.code AND (x.code = d.code OR x.code LIKE '%-' || d.code))`,
    [JSON.stringify(demoDepartments.map(([code, name, short]) => ({ code, name, short })))],
  );
  await db.query(
    `CREATE TABLE province_depts AS
     SELECT d.region_code AS county, regexp_replace(d.code, '^.*-', '') AS dcode, d.id FROM departments d JOIN province_counties c ON c.code = d.region_code`,
  );
  await db.query('CREATE UNIQUE INDEX ON province_depts (county, dcode)');

  // staff: per department two reviewers and a head; per county four window clerks and a supervisor at the 审批服务局
  await db.query(
    `INSERT INTO users (id, username, password_hash, name, roles, department_id, region_code, kind)
     SELECT gen_random_uuid(), 'p' || d.county || '-' || d.dcode || '-' || r.role || r.n, 'x', ${nameSql("hashtext(d.county || d.dcode || r.role || r.n) & 2147483647")},
            ARRAY[r.role], d.id, d.county, 'staff'
       FROM province_depts d
       JOIN (VALUES ('reviewer', 1), ('reviewer', 2), ('head', 1), ('clerk', 1), ('clerk', 2), ('clerk', 3), ('clerk', 4), ('supervisor', 1)) r(role, n)
         ON r.role IN ('reviewer', 'head') OR d.dcode = 'xzsp'`,
  );
  await db.query(
    `CREATE TABLE province_staff AS
     SELECT d.county, d.dcode, d.id AS department_id,
            array_agg(u.id ORDER BY u.username) FILTER (WHERE u.roles = '{reviewer}') AS reviewers,
            array_agg(u.id ORDER BY u.username) FILTER (WHERE u.roles = '{clerk}') AS clerks,
            min(u.id::text) FILTER (WHERE u.roles = '{supervisor}')::uuid AS supervisor
       FROM province_depts d JOIN users u ON u.department_id = d.id AND u.username LIKE 'p%'
      GROUP BY 1, 2, 3`,
  );
  await db.query('CREATE UNIQUE INDEX ON province_staff (county, dcode)');

  // the items applied for: the demo catalogue's published items, the frequent ones (registrations, social security,
  // immediate items) weighted up
  await db.query(
    `CREATE TABLE province_items AS
     SELECT row_number() OVER (ORDER BY v.code)::int AS i, v.code, v.id AS version_id, v.name, d.code AS dcode, v.promised_days, v.legal_days,
            v.handling = 'immediate' AS immediate, CASE WHEN v.handling = 'immediate' THEN 4 WHEN v.code LIKE 'XK0011%' THEN 3 ELSE 1 END AS weight
       FROM service_item_versions v JOIN departments d ON d.id = v.department_id
      WHERE v.status = 'published' AND v.region_code = '431127' AND d.region_code = '431127'`,
  );
  await db.query('CREATE UNIQUE INDEX ON province_items (i)');

  // citizens who apply, spread over the counties by size
  await db.query(`CREATE TABLE province_applicants (n int PRIMARY KEY, id uuid NOT NULL, county varchar(12) NOT NULL, name text NOT NULL, id_number char(18) NOT NULL, phone text NOT NULL)`);
  const CHUNK = 250_000;
  for (let start = 1; start <= applicants; start += CHUNK) {
    const end = Math.min(applicants, start + CHUNK - 1);
    await db.query(
      `INSERT INTO province_applicants
       SELECT g, gen_random_uuid(), c.code, ${nameSql('g::bigint * 7919')},
              ${idNumberSql(`(c.code || to_char(date '1950-01-01' + (g::bigint * 7919 % 20000)::int, 'YYYYMMDD') || lpad((g % 1000)::text, 3, '0'))`)},
              '155' || lpad(g::text, 8, '0')
         FROM generate_series($1::int, $2::int) g,
              (SELECT array_agg(ord ORDER BY ord) AS a FROM province_counties, generate_series(1, weight)) w,
              LATERAL (SELECT w.a[1 + (g * 2654435761::bigint % cardinality(w.a))::int] AS ord) pick,
              province_counties c
        WHERE c.ord = pick.ord`,
      [start, end],
    );
    await db.query(
      `INSERT INTO users (id, username, password_hash, name, roles, region_code, kind, id_number, phone, real_name_level)
       SELECT id, 'p-' || n, 'x', name, '{applicant}', county, 'citizen', id_number, phone, 'phone' FROM province_applicants WHERE n BETWEEN $1 AND $2`,
      [start, end],
    );
    progress(end, applicants);
  }
  for (const t of ['province_counties', 'province_depts', 'province_staff', 'province_items', 'province_applicants']) await db.query(`ANALYZE ${t}`);
  const shape = (await db.query<ProvinceShape>(
    `SELECT (SELECT count(*) FROM province_counties)::int AS counties, (SELECT count(*) FROM province_depts)::int AS departments,
            (SELECT count(*) FROM users WHERE username LIKE 'p4%')::int AS staff, (SELECT count(*) FROM province_applicants)::int AS applicants,
            (SELECT count(*) FROM province_items)::int AS items`,
  ))[0]!;
  const orphan = await db.query<{ dcode: string }>('SELECT DISTINCT i.dcode FROM province_items i WHERE NOT EXISTS (SELECT 1 FROM province_staff s WHERE s.dcode = i.dcode)');
  if (orphan.length) throw new Error(`items of departments without staff: ${orphan.map((o) => o.dcode).join(', ')}`);
  return shape;
}

/**
 * Applications `from`..`to` with their cases and the cases' deadlines, three statements through two small staging
 * tables. `today` is the benchmark's date (Asia/Shanghai); applications are spread over the five years before it.
 */
export async function generateApplications(db: Queryable, from: number, to: number, applicants: number, today: string): Promise<void> {
  await db.query('TRUNCATE province_stage_apps, province_stage_cases');
  await db.query(
    `INSERT INTO province_stage_apps
     SELECT g, gen_random_uuid(), ap.n, ap.id, ap.county, ap.name, ap.id_number, ap.phone, x0.created_at, x0.age, x.status, x0.ncases, x0.item0,
            x0.online, x0.cross_region, x0.r, x.status IN ('accepted', 'concluded', 'delivered'), t.accepted_at,
            CASE WHEN x.status IN ('concluded', 'delivered') THEN t.concluded_at END,
            CASE WHEN x.status = 'delivered' THEN least(t.concluded_at + make_interval(hours => 2 + (g % 70)), ($4::date + time '17:00') AT TIME ZONE 'Asia/Shanghai') END
       FROM generate_series($1::int, $2::int) g,
            (SELECT array_agg(i ORDER BY i) AS a FROM province_items, generate_series(1, weight)) w,
            LATERAL (SELECT 1 + floor(random() * $3 + g * 0)::int AS an, random() + g * 0 AS r1, random() + g * 0 AS r2, random() + g * 0 AS r3,
                            random() + g * 0 AS r4, random() + g * 0 AS r5) rr,
            LATERAL (SELECT ($4::date + time '17:30') AT TIME ZONE 'Asia/Shanghai' - make_interval(secs => rr.r1 * 1826 * 86400) AS created_at,
                            rr.r1 * 1826 AS age, w.a[1 + floor(rr.r4 * cardinality(w.a))::int] AS item0,
                            CASE WHEN rr.r3 < 0.8 THEN 1 WHEN rr.r3 < 0.95 THEN 2 ELSE 3 END AS ncases, rr.r5 < 0.6 AS online, rr.r5 > 0.98 AS cross_region, rr.r2 AS r) x0,
            province_items pi,
            LATERAL (SELECT CASE
                WHEN x0.age < 1 THEN CASE WHEN rr.r2 < 0.05 THEN 'draft' WHEN rr.r2 < 0.5 THEN 'submitted' ELSE 'accepted' END
                WHEN x0.age < 30 THEN CASE WHEN rr.r2 < 0.02 THEN 'draft' WHEN rr.r2 < 0.04 THEN 'submitted' WHEN rr.r2 < 0.06 THEN 'correction'
                  WHEN rr.r2 < 0.08 THEN 'withdrawn' WHEN rr.r2 < 0.09 THEN 'refused'
                  -- most are decided within their limit (a few run late: the red cards); an application of one
                  -- immediate item is not left 'accepted' for days: it was decided on the spot
                  WHEN rr.r2 < 0.09 + 0.8 * greatest(0, 1 - x0.age / (1.5 + pi.promised_days * 1.4)) THEN CASE WHEN pi.immediate AND x0.ncases = 1 THEN 'delivered' ELSE 'accepted' END
                  WHEN rr.r2 < 0.93 THEN 'concluded' ELSE 'delivered' END
                WHEN x0.age < 60 THEN CASE WHEN rr.r2 < 0.005 AND NOT pi.immediate THEN 'accepted' WHEN rr.r2 < 0.04 THEN 'withdrawn' WHEN rr.r2 < 0.05 THEN 'refused'
                  WHEN rr.r2 < 0.3 THEN 'concluded' ELSE 'delivered' END
                ELSE CASE WHEN rr.r2 < 0.03 THEN 'withdrawn' WHEN rr.r2 < 0.04 THEN 'refused' WHEN rr.r2 < 0.07 THEN 'concluded' ELSE 'delivered' END
              END AS status) x,
            LATERAL (SELECT x0.created_at + make_interval(mins => 20 + (g % 240)) AS accepted_at,
                            least(x0.created_at + make_interval(mins => 20 + (g % 240))
                              + make_interval(days => CASE WHEN pi.immediate THEN 0 ELSE 1 + floor(rr.r2 * pi.promised_days * 1.3)::int END),
                              ($4::date + time '16:00') AT TIME ZONE 'Asia/Shanghai') AS concluded_at) t,
            province_applicants ap
      WHERE pi.i = x0.item0 AND ap.n = rr.an`,
    [from, to, applicants, today],
  );
  await db.query('ANALYZE province_stage_apps');
  await db.query(
    `INSERT INTO province_stage_cases
     SELECT gen_random_uuid(), a.id, j, it.code, it.version_id, it.name, d.id, a.county, it.promised_days, it.legal_days, it.immediate, st.status,
            s.reviewers[1 + floor(cr.r * 2)::int], cr.r, t.started_at,
            CASE WHEN st.status NOT IN ('pending', 'cancelled', 'accepted') AND NOT it.immediate THEN t.started_at + interval '1 day' END,
            CASE WHEN st.status IN ('approved', 'denied') THEN
              CASE WHEN it.immediate THEN a.accepted_at + interval '15 minutes'
                   ELSE coalesce(a.concluded_at, least(a.accepted_at + make_interval(days => 1 + floor(cr.r * it.promised_days)::int), ($1::date + time '16:00') AT TIME ZONE 'Asia/Shanghai')) END
            END,
            a.delivered_at
       FROM province_stage_apps a
       CROSS JOIN LATERAL generate_series(1, a.ncases) j
       CROSS JOIN LATERAL (SELECT random() + j * 0 AS r) cr
       JOIN province_items it ON it.i = ((a.item0 - 1 + (j - 1) * 7) % (SELECT count(*) FROM province_items)) + 1
       JOIN province_depts d ON d.county = a.county AND d.dcode = it.dcode
       JOIN province_staff s ON s.county = a.county AND s.dcode = it.dcode
       CROSS JOIN LATERAL (SELECT CASE WHEN a.status IN ('draft', 'submitted', 'correction') THEN 'pending'
                 WHEN a.status IN ('withdrawn', 'refused') THEN 'cancelled'
                 WHEN a.status IN ('concluded', 'delivered') THEN CASE WHEN cr.r < 0.04 THEN 'denied' ELSE 'approved' END
                 WHEN it.immediate THEN 'approved'
                 ELSE CASE WHEN cr.r < 0.3 THEN 'accepted' WHEN cr.r < 0.85 THEN 'reviewing' WHEN cr.r < 0.9 THEN 'siteCheck' WHEN cr.r < 0.95 THEN 'correction' ELSE 'approved' END
            END AS status) st
       CROSS JOIN LATERAL (SELECT CASE WHEN st.status NOT IN ('pending', 'cancelled') THEN a.accepted_at END AS started_at) t`,
    [today],
  );
  await db.query('ANALYZE province_stage_cases');
  // the application row: channel, window (another county's for 异地代收代办), acceptance, conclusion and delivery
  await db.query(
    `INSERT INTO applications (id, number, status, title, applicant_user_id, applicant, applicant_id_number, submitted_by, channel,
       authority_region, window_region, pickup, accepted_by, accepted_at, accepting_department_id, accepting_region, cross_region,
       created_at, submitted_at, concluded_at, delivered_at, updated_at)
     SELECT a.id, a.county || '-' || to_char(a.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(a.g::text, greatest(6, length(a.g::text)), '0'), a.status,
            it.name || CASE WHEN a.ncases > 1 THEN '等' || a.ncases || '项' ELSE '' END,
            a.user_id, jsonb_build_object('kind', 'citizen', 'name', a.name, 'idNumber', a.id_number, 'uscc', NULL, 'orgName', NULL, 'phone', a.phone),
            a.id_number, CASE WHEN a.online THEN a.user_id ELSE ws.clerks[1 + a.g % 4] END, CASE WHEN a.online THEN 'online' ELSE 'window' END,
            a.county, wc.code, '{"mode": "together", "method": "window"}',
            CASE WHEN a.accepted THEN ws.clerks[1 + a.g % 4] END, CASE WHEN a.accepted THEN a.accepted_at END,
            CASE WHEN a.accepted THEN ws.department_id END, CASE WHEN a.accepted THEN wc.code END, a.cross_region,
            a.created_at, CASE WHEN a.status <> 'draft' THEN a.created_at END, a.concluded_at, a.delivered_at,
            coalesce(a.delivered_at, a.concluded_at, CASE WHEN a.accepted THEN a.accepted_at END, a.created_at)
       FROM province_stage_apps a
       JOIN province_items it ON it.i = a.item0
       JOIN province_counties c ON c.code = a.county
       JOIN province_counties wc ON wc.ord = CASE WHEN a.cross_region THEN c.ord % 100 + 1 ELSE c.ord END
       JOIN province_staff ws ON ws.county = wc.code AND ws.dcode = 'xzsp'`,
  );
  await db.query(
    `INSERT INTO cases (id, application_id, seq, item_code, item_version_id, item_name, department_id, region_code, status, promised_days, immediate, mode,
       started_at, reviewed_at, reviewed_by, decision_reasons, decided_at, decided_by, delivered_at)
     SELECT c.id, c.application_id, c.seq, c.item_code, c.item_version_id, c.item_name, c.department_id, c.region_code, c.status, c.promised_days, c.immediate, 'standard',
            c.started_at, c.reviewed_at, CASE WHEN c.status NOT IN ('pending', 'cancelled', 'accepted') THEN c.reviewer END,
            CASE WHEN c.status = 'denied' THEN '申请材料不符合法定条件' END, c.decided_at, CASE WHEN c.decided_at IS NOT NULL THEN c.reviewer END, c.delivered_at
       FROM province_stage_cases c`,
  );
  // a clock for every case that started: closed when decided, suspended in correction, else running
  await db.query(
    `INSERT INTO deadlines (id, subject_kind, subject_id, title, department_id, assignee_id, region_code, started_at, accepted_on, working_days, legal_days,
       immediate, calendar_revision, calendar_version, status, due_on, yellow_from, notified_level, closed_at, closed_on, used_days, on_time, created_at, updated_at)
     SELECT gen_random_uuid(), 'case', c.id::text, c.item_name, c.department_id, CASE WHEN c.status <> 'accepted' THEN c.reviewer END, c.region_code, c.started_at, t.acc,
            c.promised_days, c.legal_days, c.immediate, 0, 'chinese-days@1.5.7/r0', t.status,
            CASE WHEN t.status <> 'suspended' THEN t.acc + t.span END, CASE WHEN t.status <> 'suspended' THEN t.acc + t.span - t.yw END,
            CASE WHEN t.status <> 'open' THEN 0 WHEN t.acc + t.span < $1::date THEN 2 WHEN t.acc + t.span - t.yw <= $1::date THEN 1 ELSE 0 END,
            c.decided_at, t.closed_on, CASE WHEN t.closed_on IS NOT NULL THEN ceil((t.closed_on - t.acc) / 1.4)::int END,
            CASE WHEN t.closed_on IS NOT NULL THEN t.closed_on <= t.acc + t.span END, c.started_at, coalesce(c.decided_at, c.started_at)
       FROM province_stage_cases c
       CROSS JOIN LATERAL (SELECT (c.started_at AT TIME ZONE 'Asia/Shanghai')::date AS acc, ceil(c.promised_days * 1.4)::int AS span, ceil(c.promised_days * 0.28)::int AS yw,
                                  (c.decided_at AT TIME ZONE 'Asia/Shanghai')::date AS closed_on,
                                  CASE WHEN c.decided_at IS NOT NULL THEN 'closed' WHEN c.status = 'correction' THEN 'suspended' ELSE 'open' END AS status) t
      WHERE c.started_at IS NOT NULL`,
    [today],
  );
}

export async function createStaging(db: Db): Promise<void> {
  await db.query('CREATE TABLE province_demo_deadlines AS SELECT id FROM deadlines');
  await db.query(
    `CREATE UNLOGGED TABLE province_stage_apps (g int, id uuid, n int, user_id uuid, county varchar(12), name text, id_number char(18), phone text,
       created_at timestamptz, age float8, status text, ncases int, item0 int, online boolean, cross_region boolean, r float8,
       accepted boolean, accepted_at timestamptz, concluded_at timestamptz, delivered_at timestamptz)`,
  );
  await db.query(
    `CREATE UNLOGGED TABLE province_stage_cases (id uuid PRIMARY KEY, application_id uuid, seq int, item_code text, item_version_id uuid, item_name text,
       department_id uuid, region_code varchar(12), promised_days int, legal_days int, immediate boolean, status text, reviewer uuid, r float8,
       started_at timestamptz, reviewed_at timestamptz, decided_at timestamptz, delivered_at timestamptz)`,
  );
}

/** The weekly and quarterly rollups closeDeadline keeps, built in one pass over the generated closed clocks. */
export async function rollUpProvince(db: Db): Promise<void> {
  await rollUpClosedWhere(db, 'NOT EXISTS (SELECT 1 FROM province_demo_deadlines x WHERE x.id = d.id)');
}

export async function dropStaging(db: Db): Promise<void> {
  await db.query('DROP TABLE province_stage_apps, province_stage_cases, province_demo_deadlines');
}

/**
 * Bulk loading: the secondary indexes of the tables loaded are dropped first and built once at the end (much faster
 * than millions of random insertions into a dozen B-trees); primary keys and unique constraints stay and check.
 */
export async function dropSecondaryIndexes(db: Db, tables: string[]): Promise<string[]> {
  const rows = await db.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1::text[]) AND t.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const r of rows) await db.query(`DROP INDEX ${r.name}`);
  return rows.map((r) => r.def);
}

export async function createIndexes(db: Db, defs: string[]): Promise<void> {
  for (const def of defs) await db.query(def);
}
