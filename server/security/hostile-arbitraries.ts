/**
 * fast-check generators of hostile requests: what a fuzzer, a curious user or a broken client
 * sends. Values are percent-encoded by hand (not `encodeURIComponent`) so requests can also carry
 * malformed escapes, raw traversal sequences and lone surrogates' bytes.
 */
import fc from 'fast-check';
import { ID_ALPHABET } from '../../contract/constants.ts';

/** Strings that have broken other servers: SQL, traversal, NUL, format strings, huge numbers. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '0',
  '-1',
  '1001',
  '0x10',
  '1e2',
  '5.0',
  ' 5',
  '+5',
  'NaN',
  'Infinity',
  '99999999999999999999999999',
  '-9223372036854775809',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  "' OR 1=1 --",
  '"; DROP TABLE assets; --',
  "asset_') UNION SELECT sql FROM sqlite_master --",
  '%',
  '%%',
  '%zz',
  '%00',
  '%E0%A4%A',
  '%C0%AE%C0%AE%2F',
  '%252e%252e%252f',
  '..',
  '../',
  '..%2F',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e',
  '%2e%2e%2f%2e%2e%2f',
  '..\\..\\windows\\win.ini',
  '....//....//',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  'file:///etc/passwd',
  '\u0000',
  '\r\nSet-Cookie: x=1',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '%s%s%s%n',
  'Ω≈ç√∫˜µ≤≥÷',
  '𝕿𝖍𝖊 🏳️‍🌈 👩🏽‍🚀',
  '\u202Egnp.exe',
  'asset_',
  'asset_2222222222222222222222',
  'asset_0000000000000000000000',
  'lib_2222222222222222222222',
  'thumbnail',
  'preview',
  'fullsize',
];

const PARAM_NAMES = [
  'limit',
  'starting_after_id',
  'library_id',
  'album_id',
  'person_id',
  'asset_id',
  'size',
  'v',
  'LIMIT',
  'limit[]',
  'limit[0]',
  '__proto__',
  'constructor',
  '',
];

/** Percent-encode every byte of a string's UTF-8, or leave it raw; a few characters stay raw. */
const encodeValue = (value: string, mode: 'encode' | 'raw' | 'double'): string => {
  if (mode === 'raw')
    return value.replace(/[#\s?&]/g, (ch) => `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
  const once = [...Buffer.from(value, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9._~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
  return mode === 'double' ? once.replace(/%/g, '%25') : once;
};

const encodingMode = fc.constantFrom<'encode' | 'raw' | 'double'>('encode', 'encode', 'raw', 'double');

/** A well-formed id with a prefix that may be right or wrong, almost never one that exists. */
const wellFormedId = fc
  .tuple(
    fc.constantFrom('asset', 'album', 'person', 'face', 'lib', 'user', 'ASSET'),
    fc.string({ unit: fc.constantFrom(...ID_ALPHABET), minLength: 22, maxLength: 22 }),
  )
  .map(([prefix, body]) => `${prefix}_${body}`);

/** Random text: printable, full unicode, or raw bytes (lone surrogates included). */
const randomText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
);

/** A long string, up to 64 KB: the server must neither choke nor echo it into a crash. */
const hugeText = fc
  .tuple(fc.constantFrom('a', '%', '9', '../', 'é', '\u0000'), fc.integer({ min: 500, max: 16_000 }))
  .map(([unit, n]) => unit.repeat(n));

/** A value for a query parameter or a path segment. `known` are ids that exist in the index. */
export function hostileValue(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: wellFormedId },
    { weight: 3, arbitrary: randomText },
    { weight: 1, arbitrary: hugeText },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...known), fc.constantFrom(...NASTY_STRINGS))
        .map(([a, b]) => a + b),
    },
  );
}

/** A query string of 0–6 parameters, names possibly repeated, values hostile. */
export function hostileQuery(known: string[]): fc.Arbitrary<string> {
  const pair = fc
    .tuple(
      fc.oneof(fc.constantFrom(...PARAM_NAMES), fc.string({ maxLength: 8 })),
      hostileValue(known),
      encodingMode,
    )
    .map(([name, value, mode]) => `${encodeValue(name, 'encode')}=${encodeValue(value, mode)}`);
  return fc
    .tuple(fc.array(pair, { maxLength: 6 }), fc.constantFrom('', '&', '&&', '=', '&=x'))
    .map(([pairs, tail]) => (pairs.length ? `?${pairs.join('&')}${tail}` : tail ? `?${tail}` : ''));
}

/** Every route of the server, with `{id}` where a path parameter goes. */
export const ROUTES = [
  '/api/libraries',
  '/api/libraries/{id}',
  '/api/assets',
  '/api/assets/{id}',
  '/api/assets/{id}/thumbnail',
  '/api/assets/{id}/download',
  '/api/albums',
  '/api/albums/{id}',
  '/api/albums/{id}/assets',
  '/api/people',
  '/api/people/{id}',
  '/api/faces',
  '/api/faces/{id}',
  '/api/faces/{id}/thumbnail',
  '/api/{id}',
  '/{id}',
  '/static/{id}',
  '/',
];

export interface HostileRequest {
  method: string;
  path: string;
}

/** A request to some route with a hostile path parameter and query string. */
export function hostileRequest(known: string[]): fc.Arbitrary<HostileRequest> {
  return fc
    .record({
      route: fc.constantFrom(...ROUTES),
      // Known ids and plain queries often enough that the deep paths (rendering, files) are hit.
      id: fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(...known) },
        { weight: 3, arbitrary: hostileValue(known) },
      ),
      mode: encodingMode,
      query: fc.oneof(
        {
          weight: 1,
          arbitrary: fc.constantFrom('', '?size=preview', '?size=fullsize', '?v=x&size=thumbnail'),
        },
        { weight: 3, arbitrary: hostileQuery(known) },
      ),
      method: fc.constantFrom(
        'GET',
        'GET',
        'GET',
        'GET',
        'GET',
        'GET',
        'HEAD',
        'POST',
        'PUT',
        'DELETE',
        'PATCH',
        'OPTIONS',
      ),
    })
    .map(({ route, id, mode, query, method }) => ({
      method,
      path: route.replace('{id}', encodeValue(id, mode)) + query,
    }));
}
