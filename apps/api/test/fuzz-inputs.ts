import { Type } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { deflateSync, gzipSync } from 'node:zlib';
import { JSON_BODY_LIMIT, MAX_BODY_DEPTH } from '../src/app/common/body-parsing';
import { PNG, SVG } from './fixtures';

/** A request body as it goes on the wire, with a short label for failure reports. */
export interface WireBody {
  label: string;
  contentType?: string;
  contentEncoding?: string;
  data?: Buffer;
}

/** An encoded path or query part, with what it stands for. */
export interface UrlPart {
  label: string;
  encoded: string;
}

/** Built on first use only: big inputs are generated rarely. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Like `encodeURIComponent`, but a lone surrogate becomes its (invalid) three UTF-8-style bytes instead of a throw. */
export function encodeLoose(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => '%' + byte.toString(16).toUpperCase())
        .join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

/** Short, printable description of a generated value. */
export function preview(value: unknown): string {
  if (typeof value === 'string' && value.length > 60) return `<string of ${value.length}>`;
  if (Array.isArray(value) && value.length > 20) return `<array of ${value.length}>`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** The fields a DTO class declares to class-validator. */
export function dtoFields(dto: Type<unknown> | undefined): string[] {
  if (!dto) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Short strings of any code units: lone surrogates, NUL, control characters, astral characters. */
export const nastyString = fc.string({
  unit: fc.oneof(loneSurrogate, fc.constant('\u0000'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  minLength: 1,
  maxLength: 12,
});

const deepObject = (depth: number) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

const BIG_VALUES = {
  /** The issue's "1 MB string field": under the body limit, over every field's. */
  hugeString: lazy(() => 'x'.repeat(1024 * 1024)),
  longArray: lazy(() => new Array<number>(2000).fill(0)),
  deepValue: lazy(() => deepObject(MAX_BODY_DEPTH + 8)),
};

const BAD_SCALARS: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0.001,
  1e308,
  -1e308,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  5e-324,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\udbff\ud800',
  '😀',
  '%00',
  '%ED%A0%80',
  'null',
  'NaN',
  'true',
  '0',
  '__proto__',
  "'; DROP TABLE users; --",
  '../../../etc/passwd',
  '00000000-0000-0000-0000-000000000000',
  '2027-02-30',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '24:00',
  'javascript:alert(1)',
  'a@b',
  'ä@ö.de',
  'x\ud800@example.org',
  '<script>alert(1)</script>',
  [],
  [null],
  [[]],
  [[{}]],
  {},
  { a: 1 },
];

const badScalar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...BAD_SCALARS) },
  { weight: 3, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

/** A value a field should refuse: wrong type, null, out of range, too long, too deep, bad characters. */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.constantFrom<unknown>(true, 0, -1, 1.5, '', 'x', [], {}, [null], [[]]) },
  { weight: 8, arbitrary: badScalar },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(badScalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), badScalar, { maxKeys: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...(Object.keys(BIG_VALUES) as (keyof typeof BIG_VALUES)[])).map((k) => BIG_VALUES[k]()),
  },
);

const unknownKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'id',
    'role',
    'status',
    'applicantId',
    'createdAt',
    '',
    ' ',
    '\u0000',
    '\ud800',
    'a.b',
    '$where',
    'toString',
    'hasOwnProperty',
  ),
  fc.string({ maxLength: 10 }),
  nastyString,
);

/** Every path into a sample body (objects and arrays), for replacing one value. */
export function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof value !== 'object' || value === null || prefix.length > 3) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf(child, path, out);
  }
  return out;
}

export function withValueAt(sample: object, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(sample) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

const jsonBody = (label: string, text: string | Buffer, contentType = 'application/json'): WireBody => ({
  label,
  contentType,
  data: Buffer.isBuffer(text) ? text : Buffer.from(text),
});

/** 20,000 levels, the issue's stack overflow, and one level over and at the limit. */
const DEEP_BODIES = [
  ['20,000 nested objects', lazy(() => '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000))],
  ['20,000 nested arrays', lazy(() => '['.repeat(20_000) + ']'.repeat(20_000))],
  [`${MAX_BODY_DEPTH + 1} nested objects`, lazy(() => JSON.stringify(deepObject(MAX_BODY_DEPTH)))],
  [`${MAX_BODY_DEPTH} nested objects`, lazy(() => JSON.stringify(deepObject(MAX_BODY_DEPTH - 1)))],
] as const;

const MALFORMED_JSON = [
  '{',
  '{"a":}',
  "{'a':1}",
  '{"a":1,}',
  'NaN',
  '{"a":NaN}',
  '\u0000',
  '{"a":1}garbage',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"\\ud800":1}',
  '"\\ud800"',
  '{"email":"\\udc00@example.org"}',
  '{"a":1} {"b":2}',
  '',
  ' ',
];

const SHAPES = ['null', 'true', '0', '"text"', '[]', '[{}]', '{}', '[[[]]]'];

const OVERSIZED = lazy(() => Buffer.from(`{"x":"${'a'.repeat(JSON_BODY_LIMIT)}"}`));

/** The sample as JSON, but sent with a type, charset or encoding the API does not take (a few it does). */
const WIRE_VARIANTS: ((json: string) => WireBody)[] = [
  (json) => jsonBody('text/plain', json, 'text/plain'),
  () => jsonBody('urlencoded', 'a=1&b[c]=2&__proto__[x]=1', 'application/x-www-form-urlencoded'),
  () => jsonBody('xml', '<a>1</a>', 'application/xml'),
  (json) => ({ label: 'no content type', data: Buffer.from(json) }),
  (json) => jsonBody('octet-stream', json, 'application/octet-stream'),
  (json) => jsonBody('vendor +json', json, 'application/vnd.api+json'),
  (json) => jsonBody('utf-16 with BOM', Buffer.from('\ufeff' + json, 'utf16le'), 'application/json; charset=utf-16'),
  (json) => jsonBody('utf-16le', Buffer.from(json, 'utf16le'), 'application/json; charset=utf-16le'),
  (json) => jsonBody('latin1', Buffer.from(json, 'latin1'), 'application/json; charset=iso-8859-1'),
  (json) => jsonBody('unknown charset', json, 'application/json; charset=klingon'),
  (json) => ({ ...jsonBody('gzip', gzipSync(json)), contentEncoding: 'gzip' }),
  (json) => ({ ...jsonBody('deflate', deflateSync(json)), contentEncoding: 'deflate' }),
  (json) => ({ ...jsonBody('br header, plain body', json), contentEncoding: 'br' }),
  (json) => ({ ...jsonBody('gzip header, plain body', json), contentEncoding: 'gzip' }),
  (json) => ({ ...jsonBody('unknown encoding', json), contentEncoding: 'x-fuzz' }),
  (json) => ({ ...jsonBody('identity, gzip', json), contentEncoding: 'identity, gzip' }),
  (json) => jsonBody('malformed content type', json, 'application/json;;; ='),
  (json) => jsonBody('content type without subtype', json, 'application'),
  () =>
    jsonBody(
      'invalid UTF-8',
      Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('"}')]),
    ),
  (json) => jsonBody('UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])),
  (json) => jsonBody('upper-case type', json, 'APPLICATION/JSON; CHARSET=UTF-8'),
];

interface Part {
  name: string;
  filename?: string;
  type?: string;
  data: Buffer | string;
}

const BOUNDARY = 'fuzz-boundary-7MA4YWxkTrZu0gW';

function multipart(parts: Part[], close = true): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const head = `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.from(part.data), Buffer.from('\r\n'));
  }
  if (close) chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

const formData = (label: string, data: Buffer, contentType = `multipart/form-data; boundary=${BOUNDARY}`) => ({
  label: `multipart: ${label}`,
  contentType,
  data,
});

/** File field names the upload routes use or might: the route table does not say which one a route reads. */
const FILE_FIELDS = ['logo', 'file', 'image', 'background'];

const MULTIPART_BODIES: (() => WireBody)[] = [
  () =>
    formData(
      'fields only',
      multipart([
        { name: 'a', data: '1' },
        { name: 'b[c]', data: '2' },
      ]),
    ),
  ...FILE_FIELDS.map(
    (name) => () => formData(`PNG as ${name}`, multipart([{ name, filename: 'a.png', type: 'image/png', data: PNG }])),
  ),
  () =>
    formData(
      'two files',
      multipart([
        { name: 'logo', filename: 'a.png', type: 'image/png', data: PNG },
        { name: 'logo', filename: 'b.png', type: 'image/png', data: PNG },
      ]),
    ),
  () => formData('SVG', multipart([{ name: 'logo', filename: 'a.svg', type: 'image/svg+xml', data: SVG }])),
  () => formData('empty file', multipart([{ name: 'logo', filename: 'a.png', type: 'image/png', data: '' }])),
  () =>
    formData(
      'file name with a path and NUL',
      multipart([{ name: 'logo', filename: '../../x\u0000.png', type: 'image/png', data: PNG }]),
    ),
  () => formData('500 fields', multipart(Array.from({ length: 500 }, (_, i) => ({ name: `f${i}`, data: 'x' })))),
  () => formData('deeply nested field name', multipart([{ name: 'a' + '[b]'.repeat(200), data: 'x' }])),
  () => formData('not closed', multipart([{ name: 'logo', filename: 'a.png', type: 'image/png', data: PNG }], false)),
  () => formData('no boundary', multipart([{ name: 'a', data: '1' }]), 'multipart/form-data'),
  () =>
    formData('other boundary', multipart([{ name: 'a', data: '1' }]), 'multipart/form-data; boundary=something-else'),
  () => formData('garbage', Buffer.from('\u0000\u0001 not multipart at all')),
];

/** Over the upload routes' 10 MB cut-off. */
const HUGE_FILE = lazy(() =>
  formData(
    '10 MB + 1 file',
    multipart([{ name: 'logo', filename: 'a.png', type: 'image/png', data: Buffer.alloc(10 * 1024 * 1024 + 1) }]),
  ),
);

/**
 * Bodies for one route: mostly its sample with one value made bad, then unknown fields, wrong shapes,
 * broken JSON, deep nesting, wrong types, charsets and encodings, multipart, an oversized body, none.
 */
export function bodyArb(sample: object, fields: string[], upload: boolean): fc.Arbitrary<WireBody> {
  const json = JSON.stringify(sample);
  const paths = [...pathsOf(sample), ...fields.filter((f) => !(f in sample)).map((f) => [f])];
  const mutated = fc
    .tuple(paths.length > 0 ? fc.constantFrom(...paths) : fc.constant<(string | number)[]>(['x']), badValue)
    .map(([path, value]) =>
      jsonBody(`${path.join('.')} = ${preview(value)}`, JSON.stringify(withValueAt(sample, path, value))),
    );
  const extraField = fc.tuple(unknownKey, badValue).map(([key, value]) => {
    // Written as text, so that `__proto__` is an own key as a client can send it.
    const rest = json === '{}' ? '}' : `,${json.slice(1)}`;
    return jsonBody(
      `extra field ${preview(key)} = ${preview(value)}`,
      `{${JSON.stringify(key)}:${JSON.stringify(value)}${rest}`,
    );
  });
  const uploadOnly = upload ? [{ weight: 1, arbitrary: fc.constant(null).map(() => HUGE_FILE()) }] : [];
  return fc.oneof(
    { weight: 20, arbitrary: mutated },
    { weight: 3, arbitrary: extraField },
    {
      weight: 2,
      arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => jsonBody(`random ${preview(v)}`, JSON.stringify(v))),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...SHAPES, `[${json}]`).map((text) => jsonBody(`shape ${preview(text)}`, text)),
    },
    { weight: 2, arbitrary: fc.constantFrom(...DEEP_BODIES).map(([label, text]) => jsonBody(label, text())) },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.constantFrom(...MALFORMED_JSON).map((text) => jsonBody(`malformed ${preview(text)}`, text)),
        fc.nat({ max: json.length - 1 }).map((n) => jsonBody(`cut after ${n} characters`, json.slice(0, n))),
      ),
    },
    { weight: 4, arbitrary: fc.constantFrom(...WIRE_VARIANTS).map((variant) => variant(json)) },
    { weight: upload ? 10 : 3, arbitrary: fc.constantFrom(...MULTIPART_BODIES).map((make) => make()) },
    { weight: 1, arbitrary: fc.constant(null).map(() => jsonBody('over the body limit', OVERSIZED())) },
    ...uploadOnly,
    { weight: 1, arbitrary: fc.constant({ label: 'no body' }) },
  );
}

const RAW_PATH_PARTS = [
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  '%FF',
  '%C0%AF',
  '%2F',
  '%2e%2e',
  'a%20b',
  '%25',
  '00000000-0000-0000-0000-000000000000%00',
  '%7B%7D',
];

const ODD_IDS = ['0', '-1', '1e308', 'null', 'undefined', 'true', '[]', '__proto__', 'constructor', 'x'.repeat(3000)];

/** A path parameter: mostly a real id (so the request gets past "not found"), else a wrong or broken one. */
export function paramArb(real: string[]): fc.Arbitrary<UrlPart> {
  const encode = (label: string) => (value: string) => ({
    label: `${label} ${preview(value)}`,
    encoded: encodeLoose(value),
  });
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...real).map(encode('real')) },
    { weight: 1, arbitrary: fc.uuid().map(encode('unknown uuid')) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_PATH_PARTS).map((raw) => ({ label: `raw ${raw}`, encoded: raw })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...ODD_IDS, ...real.map((id) => id.toUpperCase()), ...real.map((id) => `${id}x`))
        .map(encode('odd')),
    },
    { weight: 1, arbitrary: nastyString.map(encode('nasty')) },
  );
}

const RAW_QUERY_VALUES = [
  '%ED%A0%80',
  '%00',
  '%',
  '%E0%A4%A',
  '1e309',
  '-1',
  '0',
  '99999999999999999999',
  'NaN',
  'true',
  'false',
  '',
  'x'.repeat(3000),
  'draft',
  'A3',
  'score',
  'asc',
];

/** A query string: the route's own keys and others, repeated keys (arrays), bracket keys, broken escapes. */
export function queryArb(keys: string[], real: string[]): fc.Arbitrary<UrlPart> {
  const key = fc.oneof(
    ...(keys.length > 0 ? [fc.constantFrom(...keys)] : []),
    fc.constantFrom('__proto__', 'constructor', '__proto__[x]', 'a[]', 'a[b]', 'toString', ''),
    fc.string({ maxLength: 6 }).map(encodeLoose),
  );
  const value = fc.oneof(fc.constantFrom(...RAW_QUERY_VALUES), fc.constantFrom(...real), nastyString.map(encodeLoose));
  return fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 4 }).map((pairs) => {
    const encoded = pairs.map(([k, v]) => `${k}=${v}`).join('&');
    return { label: preview(encoded), encoded };
  });
}
