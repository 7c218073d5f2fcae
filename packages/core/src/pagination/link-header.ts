/**
 * The target of the `rel="next"` link in an RFC 8288 `Link` header, or undefined when it has none.
 * Handles several links in one header, parameters in any order (quoted values may hold commas),
 * unquoted values and relation lists such as `rel="next last"`.
 */
export function nextLinkFromHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;(?:[^;,"]|"[^"]*")*)*)/g)) {
    const [, target, params = ''] = match;
    if (!target) continue;
    for (const param of params.match(/(?:[^;"]|"[^"]*")+/g) ?? []) {
      const equals = param.indexOf('=');
      if (equals < 0 || param.slice(0, equals).trim().toLowerCase() !== 'rel') continue;
      const relations = param.slice(equals + 1).trim().replace(/^"|"$/g, '').toLowerCase().split(/\s+/);
      if (relations.includes('next')) return target.trim();
    }
  }
  return undefined;
}
