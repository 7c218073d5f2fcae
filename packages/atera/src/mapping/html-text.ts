const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;

/**
 * Atera stores text HTML-escaped (`&lt;b&gt;` for `<b>`). This turns it back into the text the user
 * typed, in one pass so `&amp;lt;` stays `&lt;`. Unknown entities are left as they are.
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (entity, body: string) => {
    if (body.startsWith('#')) {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff) ? String.fromCodePoint(codePoint) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** Decoded text, or null for a missing or blank value. */
export function readText(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return decodeHtmlEntities(value);
}

/** "First Last" from name parts, or null when both are missing. */
export function fullName(...parts: (string | null | undefined)[]): string | null {
  const name = parts
    .map((part) => readText(part)?.trim())
    .filter((part): part is string => Boolean(part))
    .join(' ');
  return name === '' ? null : name;
}
