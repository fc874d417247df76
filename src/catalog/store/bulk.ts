import type { Queryable } from '../../db/index.js';
import { guideOf, type ItemVersionWrite } from './items.js';
import { insertPostings, type SearchRow } from './search.js';

/** Bulk loading, for the search benchmark. */

/** Inserts already-valid items as published version 1 in a few statements. */
export async function bulkInsertPublishedItems(tx: Queryable, rows: Array<{ itemId: string; versionId: string; write: ItemVersionWrite }>, at: Date): Promise<void> {
  await tx.query('INSERT INTO service_items (id, code, created_at) SELECT * , $3::timestamptz FROM unnest($1::uuid[], $2::text[])', [rows.map((r) => r.itemId), rows.map((r) => r.write.input.code), at]);
  const col = <T>(f: (w: ItemVersionWrite) => T) => rows.map((r) => f(r.write));
  await tx.query(
    `INSERT INTO service_item_versions (id, item_id, version, status, code, implementation_code, name, kind, department_id, region_code, level,
       handling, legal_days, promised_days, visits_needed, online_capable, authorised_to_window, decided_on_platform, commitment_allowed,
       produces_licence_type, guide, content_hash, created_at, published_at)
     SELECT id, item_id, 1, 'published', code, impl, name, kind, dept, region, level, handling, legal, promised, visits, online, auth, decided, commit,
       NULL, guide::jsonb, hash, $19, $19
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::text[], $10::text[],
                   $11::int[], $12::int[], $13::int[], $14::bool[], $15::bool[], $16::bool[], $17::bool[], $18::text[], $20::text[])
         AS t(id, item_id, code, impl, name, kind, dept, region, level, handling, legal, promised, visits, online, auth, decided, commit, guide, hash)`,
    [
      rows.map((r) => r.versionId),
      rows.map((r) => r.itemId),
      col((w) => w.input.code),
      col((w) => w.implementationCode),
      col((w) => w.input.name),
      col((w) => w.input.kind),
      col((w) => w.departmentId),
      col((w) => w.regionCode),
      col((w) => w.input.level),
      col((w) => w.input.handling),
      col((w) => w.input.legalDays),
      col((w) => w.input.promisedDays),
      col((w) => w.input.visitsNeeded),
      col((w) => w.input.onlineCapable),
      col((w) => w.input.authorisedToWindow),
      col((w) => w.input.decidedOnPlatform),
      col((w) => w.input.commitmentAllowed),
      col((w) => JSON.stringify(guideOf(w.input))),
      at,
      col((w) => w.contentHash),
    ],
  );
}

/** Search rows in one statement; grams travel space-separated (a gram never holds a space). */
export async function bulkInsertSearchRows(tx: Queryable, rows: SearchRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_search (version_id, subject, code, name, name_text, keywords_text, department_text, grams)
     SELECT id, subject, code, name, nt, kt, dt, string_to_array(g, ' ')
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(id, subject, code, name, nt, kt, dt, g)`,
    [
      rows.map((r) => r.versionId),
      rows.map((r) => r.subject),
      rows.map((r) => r.code),
      rows.map((r) => r.name),
      rows.map((r) => r.nameText),
      rows.map((r) => r.keywordsText),
      rows.map((r) => r.departmentText),
      rows.map((r) => r.grams.join(' ')),
    ],
  );
  await insertPostings(tx, rows);
}
