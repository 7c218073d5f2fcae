import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, fullName, readText } from './html-text';

describe('decodeHtmlEntities', () => {
  it.each([
    ['&lt;b&gt;bold&lt;/b&gt;', '<b>bold</b>'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&quot;quoted&quot; and &#39;single&#39; and &apos;apos&apos;', `"quoted" and 'single' and 'apos'`],
    ['caf&#233; &#x2603; &#X1F600;', 'café ☃ 😀'],
    ['no&nbsp;break', 'no\u00a0break'],
    ['&LT;upper&GT;', '<upper>'],
  ])('turns %j into %j', (escaped, text) => {
    expect(decodeHtmlEntities(escaped)).toBe(text);
  });

  it('decodes one level only, so text that really contained an entity keeps it', () => {
    expect(decodeHtmlEntities('&amp;lt;script&amp;gt;')).toBe('&lt;script&gt;');
  });

  it('leaves unknown entities, invalid code points and stray ampersands alone', () => {
    expect(decodeHtmlEntities('&bogus; &#xD800; &#0; a & b &')).toBe('&bogus; &#xD800; &#0; a & b &');
  });

  it('returns text without entities unchanged', () => {
    expect(decodeHtmlEntities('plain <already> text')).toBe('plain <already> text');
  });
});

describe('readText and fullName', () => {
  it('read missing or blank text as null', () => {
    expect(readText(null)).toBeNull();
    expect(readText(undefined)).toBeNull();
    expect(readText('  ')).toBeNull();
    expect(readText('R&amp;D')).toBe('R&D');
  });

  it('join the name parts that are present', () => {
    expect(fullName('Ann', 'O&#39;Neil')).toBe("Ann O'Neil");
    expect(fullName(null, 'Smith')).toBe('Smith');
    expect(fullName(null, ' ')).toBeNull();
  });
});
