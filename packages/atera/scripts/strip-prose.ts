const PROSE_KEYS = new Set(['summary', 'description', 'example', 'examples', 'title', 'contact', 'license', 'termsOfService']);

/** A deep copy of an OpenAPI document keeping only its structure (no human-readable text). */
export function stripProse(node: unknown, key?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => stripProse(item));
  if (node === null || typeof node !== 'object') return node;
  // Under `properties` the keys are field names (a field may be called `title`), never prose.
  const keepAllKeys = key === 'properties';
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node)) {
    if (!keepAllKeys && PROSE_KEYS.has(name) && (typeof value === 'string' || name === 'examples' || name === 'contact' || name === 'license')) continue;
    copy[name] = stripProse(value, name);
  }
  return copy;
}
