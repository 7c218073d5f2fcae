import { describe, expect, it } from 'vitest';
import { nextLinkFromHeader } from './link-header';

describe('nextLinkFromHeader', () => {
  it('returns the target of a rel="next" link', () => {
    expect(nextLinkFromHeader('<https://psa.test/items?page=2>; rel="next"')).toBe('https://psa.test/items?page=2');
  });

  it('finds the next link among several links in any order', () => {
    const header = '<https://psa.test/items?page=1>; rel="first", <https://psa.test/items?page=3>; rel="next", <https://psa.test/items?page=9>; rel="last"';
    expect(nextLinkFromHeader(header)).toBe('https://psa.test/items?page=3');
  });

  it('accepts unquoted rel values, other parameters first and any letter case', () => {
    expect(nextLinkFromHeader('</items?page=2>; type="application/json"; REL=Next')).toBe('/items?page=2');
  });

  it('accepts a relation list that includes next', () => {
    expect(nextLinkFromHeader('</items?page=2>; rel="next last"')).toBe('/items?page=2');
  });

  it('does not mistake a quoted comma for the end of a link', () => {
    expect(nextLinkFromHeader('</a>; title="one, two"; rel="next"')).toBe('/a');
  });

  it('does not take a relation that merely starts with next', () => {
    expect(nextLinkFromHeader('</items?page=2>; rel="nextpage"')).toBeUndefined();
  });

  it('returns undefined when there is no next link or no header', () => {
    expect(nextLinkFromHeader('</items?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLinkFromHeader('')).toBeUndefined();
    expect(nextLinkFromHeader(undefined)).toBeUndefined();
  });
});
