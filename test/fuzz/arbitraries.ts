/**
 * Bad input for every operation of the OpenAPI document: values shaped after each schema (so that requests reach past
 * the first check), with fields replaced by wrong types, NUL bytes, lone surrogates, huge strings, deep nesting,
 * impossible dates and unknown fields; and malformed multipart bodies for the upload routes.
 */
import fc from 'fast-check';

type Schema = Record<string, any>;

const deep = (n: number, leaf: unknown = 1): unknown => {
  let v: unknown = leaf;
  for (let i = 0; i < n; i++) v = i % 2 ? { a: v } : [v];
  return v;
};

export const badString = fc.oneof(
  fc.constantFrom(
    'a\u0000b',
    '\u0000',
    '\ud800',
    'x\udc00y',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '',
    '   ',
    "' OR 1=1 --",
    '../../etc/passwd',
    '%00',
    'null',
    '-1',
    '1e309',
    'NaN',
    '00000000-0000-0000-0000-000000000000',
    '9'.repeat(40),
    '<script>alert(1)</script>',
  ),
  fc.constant('长'.repeat(100_000)),
  fc.constant('🀄'.repeat(2_000)),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: badString, weight: 4 },
  { arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(1e300), fc.constant(-1)), weight: 2 },
  { arbitrary: fc.constantFrom(true, false, null), weight: 1 },
  { arbitrary: fc.constantFrom([], {}, [null], { '': '' }, { __proto__: { x: 1 } }), weight: 1 },
  { arbitrary: fc.constantFrom(deep(20), deep(40), deep(1_000)), weight: 1 },
  { arbitrary: fc.constant(Array.from({ length: 10_000 }, (_, i) => i)), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

const resolve = (s: Schema, doc: Schema): Schema => {
  if (s && typeof s.$ref === 'string' && s.$ref.startsWith('#/components/schemas/')) return doc.components?.schemas?.[s.$ref.slice(21)] ?? {};
  return s ?? {};
};

/** A value that fits `schema` (loosely: patterns are ignored). */
export function fitting(schema: Schema, doc: Schema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  if (depth > 6) return fc.constant(null);
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum) && s.enum.length) return fc.constantFrom(...s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (Array.isArray(alts) && alts.length) return fc.oneof(...alts.map((a: Schema) => fitting(a, doc, depth + 1)));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      if (s.format === 'uuid') return fc.uuid();
      if (typeof s.pattern === 'string' && !s.format) {
        try {
          return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 200) && v.length >= (s.minLength ?? 0));
        } catch {
          // a pattern fast-check cannot generate from: plain text below
        }
      }
      if (s.format === 'date') return fc.constantFrom('2026-03-10', '2026-02-30', '2028-02-29');
      if (s.format === 'date-time') return fc.constantFrom('2026-03-10T09:00:00+08:00', '2026-02-30T09:00:00Z');
      if (s.format === 'email') return fc.constant('a@example.cn');
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.max(s.minLength ?? 0, Math.min(s.maxLength ?? 12, 12)) });
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -1000, -1e9), max: Math.min(s.maximum ?? 1000, 1e9) });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fitting(s.items ?? {}, doc, depth + 1), { minLength: Math.min(s.minItems ?? 0, 3), maxLength: 3 });
    case 'object':
    default: {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const keys = Object.keys(props);
      if (!keys.length) return type === 'object' ? fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 }) : fc.jsonValue({ maxDepth: 2 });
      return fc.record(
        Object.fromEntries(keys.map((k) => [k, fitting(props[k]!, doc, depth + 1)])),
        { requiredKeys: (s.required ?? []).filter((k: string) => k in props) },
      );
    }
  }
}

/**
 * A value fitting `schema` with one thing wrong: one field spoiled, or unknown fields added; sometimes all of it
 * the wrong thing. One fault at a time reaches past the checks that come before it.
 */
export function spoiled(schema: Schema, doc: Schema): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  const keys = Object.keys((s.properties ?? {}) as Record<string, Schema>);
  if (!keys.length) return badValue;
  const unknownFields = fc.dictionary(fc.constantFrom('unknownField', '__proto__x', 'a\u0000', '\ud800k', 'constructor'), badValue, { minKeys: 1, maxKeys: 2 });
  const shaped = fc
    .tuple(fitting(s, doc), fc.constantFrom(...keys), badValue, fc.nat(3), unknownFields)
    .map(([valid, key, bad, how, extra]) => {
      const v = { ...(valid as Record<string, unknown>) };
      if (how === 0) return { ...extra, ...v };
      if (how === 1) delete v[key];
      else v[key] = bad;
      return v;
    });
  return fc.oneof({ arbitrary: shaped, weight: 6 }, { arbitrary: fitting(s, doc), weight: 1 }, { arbitrary: badValue, weight: 1 });
}

/** A path or query value: fitting the parameter's schema as text, or bad text. */
export function paramText(schema: Schema, doc: Schema): fc.Arbitrary<string> {
  const fit = fitting(schema, doc, 5).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? ''));
  return fc.oneof({ arbitrary: fit, weight: 2 }, { arbitrary: badString, weight: 1 });
}

/** JSON texts too deep for JSON.stringify itself to write: 5,000 levels. */
export const deepJsonText = fc.constantFrom('['.repeat(5_000) + ']'.repeat(5_000), `{"a":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_001)}`);

const CRLF = '\r\n';
/** Multipart bodies that are not what they claim, and the content type they come with. */
export const badMultipart: fc.Arbitrary<{ contentType: string; body: Buffer }> = fc.oneof(
  fc.constant({ contentType: 'multipart/form-data', body: Buffer.from('no boundary at all') }),
  fc.constant({ contentType: 'multipart/form-data; boundary=XYZ', body: Buffer.from('') }),
  fc.constant({ contentType: 'multipart/form-data; boundary=XYZ', body: Buffer.from(`--XYZ${CRLF}Content-Disposition: form-data; name="file"; filename="a.pdf"${CRLF}${CRLF}%PDF-1.4 cut`) }),
  fc.constant({ contentType: 'multipart/form-data; boundary=XYZ', body: Buffer.from(`--XYZ${CRLF}garbage header line${CRLF}${CRLF}x${CRLF}--XYZ--${CRLF}`) }),
  fc.constant({ contentType: 'multipart/form-data; boundary=XYZ', body: Buffer.from(`--XYZ${CRLF}Content-Disposition: form-data; name="file"; filename="a\u0000.json"${CRLF}Content-Type: application/json${CRLF}${CRLF}{"a":1}${CRLF}--XYZ--${CRLF}`) }),
  fc.constant({ contentType: 'multipart/form-data; boundary=XYZ', body: Buffer.from(`--XYZ${CRLF}Content-Disposition: form-data; name="file"; filename="c.json"${CRLF}Content-Type: application/json${CRLF}${CRLF}${'['.repeat(5000)}${CRLF}--XYZ--${CRLF}`) }),
  fc.constant({ contentType: 'multipart/form-data; boundary=XYZ', body: Buffer.from(`--XYZ${CRLF}Content-Disposition: form-data; name="file"; filename="c.xlsx"${CRLF}Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet${CRLF}${CRLF}PK\u0003\u0004broken zip${CRLF}--XYZ--${CRLF}`) }),
  fc.constant({ contentType: 'multipart/form-data; boundary=XYZ', body: Buffer.from(`--XYZ${CRLF}Content-Disposition: form-data; name="other"${CRLF}${CRLF}value${CRLF}--XYZ--${CRLF}`) }),
  fc.constant({ contentType: 'application/json', body: Buffer.from('{"file": "not a file"}') }),
  fc.constant({ contentType: 'text/plain', body: Buffer.from('plain text') }),
);
