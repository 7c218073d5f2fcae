/**
 * Ids no PSA with integer ids accepts: path tricks (`../`, `%2e%2e`, slashes), look-alike digits
 * (full-width, Arabic-Indic), signs, exponents, empty and blank text, huge values, control
 * characters, broken Unicode, and values of the wrong type. A client must refuse each before
 * sending anything, or send it encoded as one path segment; never reach a different path.
 */
export const hostileIds: readonly unknown[] = [
  '',
  ' ',
  '..',
  '.',
  '../',
  '../1',
  '..%2f1',
  '%2e%2e',
  '%2E%2E%2F1',
  '.%2e',
  '1/../2',
  '1/2',
  '1%2F2',
  '1\\2',
  '1?x=2',
  '1#x',
  '1;x',
  '1 2',
  '-1',
  '+1',
  '1e3',
  '0x1A',
  '1.0',
  '1_000',
  '１２',
  '٣',
  'é',
  '😀',
  'x\ud800',
  '1\n2',
  '1\u00002',
  '9'.repeat(40),
  'x'.repeat(300),
  -1,
  1.5,
  2 ** 60,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  null,
  true,
  {},
  [],
  ['1'],
];

/** Path text a client may send, encoded into one segment: each must arrive as exactly that one segment. */
export const trickyPathText: readonly string[] = ['../x', '%2e%2e', '.%2e', 'a/b', 'a\\b', '?x=1', '#f', 'é', '東京', '%00', '...', 'a b', 'a+b', "it's"];

/** Path text a client must refuse: empty, dot segments, control characters, broken Unicode. */
export const refusedPathText: readonly string[] = ['', '   ', '.', '..', ' .. ', 'a\nb', 'a\u0000b', 'x\ud800', 'x'.repeat(1_001)];
