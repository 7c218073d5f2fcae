import { describe, expect, it } from 'vitest';
import { HEADER_NAME, hasControlCharacter } from './header-text';

describe('header text checks', () => {
  it.each([['X-API-KEY'], ['Authorization'], ['ClientId'], ["x!#$%&'*+.^_`|~-1"]])('accepts the header name %j', (name) => {
    expect(HEADER_NAME.test(name)).toBe(true);
  });

  it.each([[''], ['X API'], ['X:Y'], ['X\r\nY'], ['Ä']])('refuses the header name %j', (name) => {
    expect(HEADER_NAME.test(name)).toBe(false);
  });

  it('finds line breaks, NUL, tab and DEL, and nothing in ordinary text', () => {
    for (const bad of ['a\rb', 'a\nb', 'a\u0000b', 'a\tb', 'a\u007fb']) expect(hasControlCharacter(bad)).toBe(true);
    expect(hasControlCharacter('eyJhbGciOi.payload-sig_+/= ü')).toBe(false);
  });
});
