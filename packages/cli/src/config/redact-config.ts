const SECRET_KEY = /key|secret|password|passcode|token|credential/i;

/**
 * The config with every secret shown as `***`: values under secret-sounding keys, and the password
 * in a URL's user info (`redis://:pw@host`). For echoing a config back, never for using it.
 */
export function redactConfig(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => redactConfig(item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([childKey, child]) => [childKey, redactConfig(child, childKey)]));
  }
  if (value === undefined || value === null || value === '') return value;
  if (SECRET_KEY.test(key)) return '***';
  if (typeof value === 'string') return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1***@');
  return value;
}

/** The secret values in a config, for a logger to mask wherever they appear. */
export function secretValuesOf(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => secretValuesOf(item));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([childKey, child]) => secretValuesOf(child, childKey));
  return typeof value === 'string' && value !== '' && SECRET_KEY.test(key) ? [value] : [];
}
