import { personalClassOfType, type PersonalClass } from '../../core/index.js';
import type { Queryable } from '../../db/index.js';
import type {
  AbolishedCertificate,
  DataElement,
} from '../types.js';

/** Data elements (数据元) and abolished certificates (已取消的证明事项). */

interface DataElementRow {
  code: string;
  name: string;
  type: DataElement['type'];
  options: string[];
  min_value: number | null;
  max_value: number | null;
  max_length: number | null;
  description: string;
  personal_class: PersonalClass;
}

export async function upsertDataElement(tx: Queryable, e: DataElement): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_data_elements (code, name, type, options, min_value, max_value, max_length, description, personal_class)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type, options = EXCLUDED.options,
       min_value = EXCLUDED.min_value, max_value = EXCLUDED.max_value, max_length = EXCLUDED.max_length, description = EXCLUDED.description,
       personal_class = EXCLUDED.personal_class`,
    [e.code, e.name, e.type, e.options, e.min, e.max, e.maxLength, e.description, e.personal ?? personalClassOfType(e.type)],
  );
}

export async function listDataElements(q: Queryable): Promise<DataElement[]> {
  const rows = await q.query<DataElementRow>('SELECT * FROM catalog_data_elements ORDER BY code', [], { name: 'catalog_data_elements' });
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    type: r.type,
    options: r.options,
    min: r.min_value,
    max: r.max_value,
    maxLength: r.max_length,
    description: r.description,
    personal: r.personal_class,
  }));
}

interface AbolishedRow {
  code: string;
  name: string;
  aliases: string[];
  replaced_by: AbolishedCertificate['replacedBy'];
  licence_type: string | null;
  how: string;
  basis: string;
  abolished_on: string;
}

export async function upsertAbolishedCertificate(tx: Queryable, c: AbolishedCertificate): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_abolished_certificates (code, name, aliases, replaced_by, licence_type, how, basis, abolished_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, aliases = EXCLUDED.aliases, replaced_by = EXCLUDED.replaced_by,
       licence_type = EXCLUDED.licence_type, how = EXCLUDED.how, basis = EXCLUDED.basis, abolished_on = EXCLUDED.abolished_on`,
    [c.code, c.name, c.aliases, c.replacedBy, c.licenceType, c.how, c.basis, c.abolishedOn],
  );
}

export async function listAbolishedCertificates(q: Queryable): Promise<AbolishedCertificate[]> {
  const rows = await q.query<AbolishedRow>('SELECT * FROM catalog_abolished_certificates ORDER BY abolished_on, code');
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    aliases: r.aliases,
    replacedBy: r.replaced_by,
    licenceType: r.licence_type,
    how: r.how,
    basis: r.basis,
    abolishedOn: r.abolished_on,
  }));
}
