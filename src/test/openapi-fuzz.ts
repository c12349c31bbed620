/**
 * Requests generated from the API's own OpenAPI document, for the fuzz test of the whole API
 * (src/server/api-fuzz.test.ts) and its longer run in bench/api-fuzz.ts. Each operation gets
 * parameters and bodies drawn from its schemas with fast-check: mostly values the schema allows
 * (so requests get past validation into the services and the database), mixed with values it does
 * not (wrong types, out-of-range numbers and dates, unknown fields, malformed JSON, foreign media
 * types, odd path segments). The property: no request gets a 5xx, and every error is problem+json.
 */
import fc from 'fast-check';

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

interface OpenApiParameter {
  in: 'query' | 'path' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, with {name} placeholders. */
  path: string;
  pathParams: string[];
  query: OpenApiParameter[];
  /** The JSON body's schema, if the operation takes JSON. */
  jsonBody: JsonSchema | null;
  /** Media types of a file body (text/csv and the like), if it takes one. */
  fileTypes: string[];
}

export interface FuzzRequest {
  method: Operation['method'];
  url: string;
  contentType: string | null;
  payload: string | undefined;
  /** Index into the caller's list of principals (who sends it). */
  principal: number;
}

/** Ids and values the generated requests may use, so that some of them find real rows. */
export interface FuzzContext {
  ids: string[];
  /** Indexes of the caller's principals to draw from, a principal listed more often drawn more. */
  principals: number[];
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** The operations of the document, in a stable order. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const path of Object.keys(doc.paths).sort()) {
    for (const [method, op] of Object.entries(doc.paths[path] ?? {})) {
      if (!METHODS.has(method)) continue;
      const parameters = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? ''),
        query: parameters.filter((p) => p.in === 'query'),
        jsonBody: content['application/json']?.schema ?? null,
        fileTypes: Object.keys(content).filter((type) => type !== 'application/json'),
      });
    }
  }
  return operations;
}

/** Strings that have broken parsers before: boundaries, odd encodings, injections, huge input. */
const NASTY_STRINGS = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '9999-12-31',
  '0000-01-01',
  '1899-12-31',
  '2026-02-30',
  '2026-W53',
  '2026-W00',
  '9999-W01',
  '2026-13-01',
  '2026-01-01T25:00:00Z',
  '../../etc/passwd',
  '%00',
  '\u0000',
  "'; DROP TABLE contacts; --",
  '<script>alert(1)</script>',
  '850709 – 9805',
  'å'.repeat(300),
  'x'.repeat(5000),
  '😀',
  '\ud800',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
] as const;

const nastyString = fc.constantFrom(...NASTY_STRINGS);

/** Dates and weeks in and out of Lots's range, for parameters that take one. */
const dayText = fc.oneof(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2110-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-01-01', '2026-12-31', '2025-12-29', '2026-03-29', '2026-10-25'),
);
const weekText = fc
  .tuple(fc.integer({ min: 1995, max: 2105 }), fc.integer({ min: 0, max: 54 }))
  .map(([y, w]) => `${y}-W${String(w).padStart(2, '0')}`);
const dateTimeText = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2110-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** A plausible string for a field, guessed from its name where the schema says only "string". */
function namedString(name: string, ctx: FuzzContext): fc.Arbitrary<string> {
  const lower = name.toLowerCase();
  if (/week/.test(lower) || lower === 'from' || lower === 'to') return fc.oneof(dayText, weekText);
  if (/(day|date|from|to|until|since)$/.test(lower)) return dayText;
  if (/at$/.test(lower)) return dateTimeText;
  if (/id$/.test(lower) && ctx.ids.length > 0) return fc.oneof(fc.constantFrom(...ctx.ids), fc.uuid());
  if (lower === 'scope') return fc.constantFrom('all', 'group:x', `queue:${ctx.ids[0] ?? 'x'}`, 'nonsense');
  return fc.string({ maxLength: 40, unit: 'binary' });
}

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  return [];
}

/** Values the schema allows (as far as it says), for a field of the given name. */
export function validValue(
  schema: JsonSchema,
  name: string,
  ctx: FuzzContext,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0)
    return fc.oneof(...alternatives.map((s) => validValue(s, name, ctx, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0) return validValue(schema.allOf[0] ?? {}, name, ctx, depth + 1);
  const types = typesOf(schema);
  if (types.length > 1)
    return fc.oneof(...types.map((t) => validValue({ ...schema, type: t }, name, ctx, depth + 1)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min =
        schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
      const max =
        schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 100_000);
      return fc.integer({ min: Math.max(min, -2_000_000_000), max: Math.min(max, 2_000_000_000) });
    }
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const maxLength = Math.min(schema.maxItems ?? 4, 4);
      return fc.array(validValue(schema.items ?? {}, name, ctx, depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, maxLength),
        maxLength,
      });
    }
    case 'object': {
      if (depth > 4) return fc.constant({});
      const properties = schema.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, s] of Object.entries(properties)) record[key] = validValue(s, key, ctx, depth + 1);
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    case 'string': {
      if (schema.format === 'uuid')
        return ctx.ids.length > 0 ? fc.oneof(fc.constantFrom(...ctx.ids), fc.uuid()) : fc.uuid();
      if (schema.format === 'date-time') return dateTimeText;
      if (schema.format === 'date') return dayText;
      if (schema.format === 'email') return fc.emailAddress();
      const text = namedString(name, ctx);
      const maxLength = schema.maxLength;
      return maxLength === undefined ? text : text.map((t) => t.slice(0, maxLength));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value the schema may well refuse: another type, a boundary, a nasty string, anything. */
const invalidValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(-1, 0, 2 ** 31, -(2 ** 53), 1e308, 0.5, true, null, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A field's value: mostly one the schema allows, sometimes not. */
function fieldValue(schema: JsonSchema, name: string, ctx: FuzzContext): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: validValue(schema, name, ctx) },
    { weight: 1, arbitrary: invalidValue },
  );
}

/** A JSON body for the schema: mostly well-formed, sometimes with an unknown field, sometimes not JSON at all. */
function jsonBody(schema: JsonSchema, ctx: FuzzContext): fc.Arbitrary<string> {
  const object =
    typesOf(schema).includes('object') && schema.properties
      ? fc.record(
          Object.fromEntries(
            Object.entries(schema.properties).map(([key, s]) => [key, fieldValue(s, key, ctx)]),
          ),
          { requiredKeys: (schema.required ?? []).filter((k) => k in (schema.properties ?? {})) },
        )
      : fieldValue(schema, 'body', ctx);
  return fc.oneof(
    { weight: 8, arbitrary: object.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: object.map((v) => JSON.stringify({ ...(v as object), unexpectedField: 1 })) },
    { weight: 1, arbitrary: fc.constantFrom('{', '[]', '"text"', '{"a":', 'null', '') },
  );
}

/** A file body: lines that look like the formats Lots reads, or noise. */
const fileBody = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constant('datum;besökare'),
        fc.tuple(dayText, fc.integer({ min: -5, max: 500 })).map(([d, n]) => `${d};${n}`),
        fc.constant('id;mottaget;besvarat'),
        fc.tuple(fc.string({ maxLength: 8 }), dateTimeText).map(([id, at]) => `${id};${at.slice(0, 16)};`),
        fc
          .tuple(
            fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }),
            fc.constantFrom('ENTERQUEUE', 'CONNECT', 'ABANDON', 'COMPLETECALLER'),
          )
          .map(([t, e]) => `${t}|${t}.1|support|NONE|${e}|1|2|3`),
        nastyString,
      ),
      { maxLength: 8 },
    )
    .map((lines) => lines.join('\n')),
  fc.string({ maxLength: 200, unit: 'binary' }),
);

/** A path segment, percent-encoded; a lone surrogate becomes the bytes a sloppy client would send. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

/** Path segments: existing ids, other uuids, and segments a router or a database may choke on. */
function pathSegment(name: string, ctx: FuzzContext): fc.Arbitrary<string> {
  const valid = /day$/i.test(name) ? dayText : ctx.ids.length > 0 ? fc.constantFrom(...ctx.ids) : fc.uuid();
  return fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: nastyString.map(encodeSegment) },
  );
}

/** One request to the operation, by one of the principals. */
export function requestFor(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const params = fc.tuple(...op.pathParams.map((name) => pathSegment(name, ctx)));
  const query = fc.record(
    Object.fromEntries(op.query.map((p) => [p.name, fieldValue(p.schema ?? {}, p.name, ctx)])),
    { requiredKeys: [] },
  );
  const body: fc.Arbitrary<{ contentType: string | null; payload: string | undefined }> = op.jsonBody
    ? fc.oneof(
        {
          weight: 8,
          arbitrary: jsonBody(op.jsonBody, ctx).map((payload) => ({
            contentType: 'application/json',
            payload,
          })),
        },
        { weight: 1, arbitrary: fileBody.map((payload) => ({ contentType: 'text/csv', payload })) },
      )
    : op.fileTypes.length > 0
      ? fc.oneof(
          {
            weight: 6,
            arbitrary: fc
              .tuple(fc.constantFrom(...op.fileTypes), fileBody)
              .map(([contentType, payload]) => ({ contentType, payload })),
          },
          { weight: 1, arbitrary: fc.constant({ contentType: 'application/json', payload: '{"rows":[]}' }) },
        )
      : op.method === 'GET' || op.method === 'DELETE'
        ? fc.constant({ contentType: null, payload: undefined })
        : fc.constantFrom(
            { contentType: 'application/json', payload: '{}' },
            { contentType: null, payload: undefined },
          );
  return fc
    .record({ params, query, body, principal: fc.constantFrom(...ctx.principals) })
    .map(({ params: segments, query: values, body: b, principal }) => {
      let path = op.path;
      op.pathParams.forEach((name, i) => (path = path.replace(`{${name}}`, segments[i] ?? '')));
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(values))
        if (value !== undefined)
          search.append(key, typeof value === 'string' ? value : JSON.stringify(value));
      const qs = search.toString();
      return {
        method: op.method,
        url: qs ? `${path}?${qs}` : path,
        contentType: b.contentType,
        payload: b.payload,
        principal,
      };
    });
}
