// fast-check generators of hostile input. JSON comes as raw *text*: only
// text can carry an own "__proto__" key, 1e400 (Infinity once parsed) or -0
// to the server, since JSON.stringify would drop or rewrite them. Then the
// HTTP around it: header values, content types, path segments, queries.
import fc from 'fast-check';

/** Keys that have polluted prototypes elsewhere, and look-alikes. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Marks what a polluting payload would set, so tests can look for it. */
export const POLLUTED = 'polluted';

const POISON = `{"${POLLUTED}":"yes","isAdmin":true,"status":"closed","amount":1,"toString":1}`;

/** `{"__proto__":{…}}`, `{"constructor":{"prototype":{…}}}` and the like. */
export const pollutingObjectText = fc.constantFrom(
  `{"__proto__":${POISON}}`,
  `{"constructor":{"prototype":${POISON}}}`,
  `{"__proto__":{"__proto__":${POISON}}}`,
  `{"prototype":${POISON}}`,
  `{"__proto__":null}`,
  `{"__proto__":[1,2]}`,
);

export const numberText = fc.oneof(
  fc.constantFrom(
    '1e400',
    '-1e400',
    '-0',
    '0',
    '-0.0',
    '1e-400',
    '0.5',
    '1.0',
    '-1',
    '9007199254740993',
    '1e21',
    '100000000001',
    '4.9e-324',
    '1.7976931348623157e308',
  ),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
);

/** JSON string literals, some of which only raw text can hold (lone surrogates). */
export const stringText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => JSON.stringify(s)),
  fc
    .constantFrom(
      '',
      ' ',
      '\u0000',
      '\uFEFF',
      '\u202Egnp.exe',
      '<script>alert(1)</script>',
      "'; DROP TABLE auctions; --",
      '../../etc/passwd',
      '%00',
      '${7*7}{{7*7}}',
      'a\r\nSet-Cookie: x=1',
      '2026-13-45T99:99:99Z',
      'NaN',
      'Infinity',
      'open',
      'closed',
    )
    .map((s) => JSON.stringify(s)),
  fc.constantFrom('"\\ud800"', '"\\udfff\\ud800"', '"\\u0000\\u001f"'),
  fc.integer({ min: 200, max: 20_000 }).map((n) => JSON.stringify('x'.repeat(n))),
);

export const scalarText = fc.oneof(
  numberText,
  stringText,
  fc.constantFrom('true', 'false', 'null'),
);

/** Object keys: the schema's own field names, pollution keys and noise. */
export function keyText(fieldNames: readonly string[]) {
  return fc
    .oneof(
      fc.constantFrom(...POLLUTION_KEYS, ...fieldNames, POLLUTED, 'toString', 'hasOwnProperty', ''),
      fc.string({ unit: 'binary', maxLength: 12 }),
    )
    .map((key) => JSON.stringify(key));
}

/** Any JSON value as text, nested a few levels, with hostile keys and leaves. */
export function jsonText(fieldNames: readonly string[] = []): fc.Arbitrary<string> {
  const key = keyText(fieldNames);
  const { value } = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalarText,
      tie('array'),
      tie('object'),
      pollutingObjectText,
    ),
    array: fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    object: fc
      .array(fc.tuple(key, tie('value')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${k}:${v}`).join(',')}}`),
  }));
  return value;
}

/** Nesting thousands deep: arrays, objects, and `__proto__` chains. */
export const deepText = fc
  .tuple(fc.integer({ min: 50, max: 2500 }), fc.constantFrom('array', 'object', 'proto'))
  .map(([depth, shape]) =>
    shape === 'array'
      ? '['.repeat(depth) + ']'.repeat(depth)
      : `${(shape === 'object' ? '{"a":' : '{"__proto__":').repeat(depth)}1${'}'.repeat(depth)}`,
  );

/** Not JSON at all, or truncated JSON. */
export const garbageText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('', '{', '{"amount":', '[1,', 'undefined', "{'amount':1}", '{"a":1}}', 'NaN'),
);

/**
 * An object with the given fields, each either its valid-looking value or a
 * hostile one; a required field goes missing one time in twelve, an optional
 * one is there one time in three; now and then pollution keys or extra junk
 * join them. One time in five, any hostile text instead of an object.
 */
export function bodyText(
  required: Record<string, fc.Arbitrary<string>>,
  optional: Record<string, fc.Arbitrary<string>> = {},
): fc.Arbitrary<string> {
  const names = [...Object.keys(required), ...Object.keys(optional)];
  const hostileValue = jsonText(names);
  const member = (name: string, valid: fc.Arbitrary<string>) =>
    fc
      .oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: hostileValue })
      .map((value) => `${JSON.stringify(name)}:${value}`);
  const requiredMembers = Object.entries(required).map(([name, valid]) => member(name, valid));
  const optionalMembers = Object.entries(optional).map(([name, valid]) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: member(name, valid) },
    ),
  );
  const extra = fc.oneof(
    { weight: 4, arbitrary: fc.constant([] as string[]) },
    { weight: 1, arbitrary: pollutingObjectText.map((text) => [text.slice(1, -1)]) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(keyText(names), hostileValue), { maxLength: 3 })
        .map((pairs) => pairs.map(([k, v]) => `${k}:${v}`)),
    },
  );
  // Below the count of required members: that one goes missing.
  const missing = fc.nat(Math.max(0, 12 * requiredMembers.length - 1));
  const object = fc
    .tuple(fc.tuple(...requiredMembers), fc.tuple(...optionalMembers), extra, missing)
    .map(([present, maybe, extras, gone]) => {
      const members = [...present.filter((_, i) => i !== gone), ...maybe, ...extras];
      return `{${members.filter((m) => m !== null).join(',')}}`;
    });
  return fc.oneof(
    { weight: 8, arbitrary: object },
    { weight: 1, arbitrary: jsonText(names) },
    { weight: 1, arbitrary: fc.oneof(deepText, garbageText) },
  );
}

/** Header values fetch can send (no CR, LF, NUL or DEL; Latin-1 only). */
export const headerValue = fc.string({
  unit: fc
    .integer({ min: 0x20, max: 0xff })
    .filter((c) => c !== 0x7f && (c < 0x80 || c > 0x9f))
    .map((c) => String.fromCharCode(c)),
  maxLength: 80,
});

/** Path segments: valid-looking ids, pollution keys, encodings that trip routers, long ones. */
export const idSegment = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  fc.constantFrom(
    ...POLLUTION_KEYS,
    '.',
    '..',
    '%2e%2e',
    '%2F',
    '%00',
    '%ZZ',
    '%E0%A4%A',
    '%',
    '~',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map(encodeURIComponent),
  fc.integer({ min: 65, max: 400 }).map((n) => 'a'.repeat(n)),
  fc.constantFrom('a'.repeat(20_000)),
);

export const contentType = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/json; charset=latin1',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/vnd.api+json',
      '',
    ),
  },
);

const queryKey = (keys: string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...keys) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '__proto__',
        'constructor',
        '__proto__[polluted]',
        'constructor[prototype][polluted]',
        'limit[]',
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  );

const queryValue = fc.oneof(
  { weight: 3, arbitrary: numberText },
  { weight: 2, arbitrary: fc.constantFrom('1e400', '-1e400', 'Infinity', '-Infinity') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'open',
      'closed',
      'cancelled',
      'newest',
      'music',
      'Lote',
      'NaN',
      '',
      'true',
      '0x10',
      ' 5',
    ),
  },
  {
    // Cursors are base64url JSON: hostile JSON inside a well-formed cursor.
    weight: 2,
    arbitrary: fc
      .oneof(
        jsonText(),
        fc.tuple(fc.integer(), fc.string()).map((pair) => JSON.stringify(pair)),
      )
      .map((text) => Buffer.from(text).toString('base64url')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/**
 * `?k=v&…`, mostly with the route's own parameters (so that one bad value
 * is the only thing wrong), sometimes pollution keys or noise.
 */
export function queryString(keys: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(queryKey(keys), queryValue), { minLength: 1, maxLength: 3 })
    .map((pairs) => `?${pairs.map((pair) => pair.map(encodeURIComponent).join('=')).join('&')}`);
}
