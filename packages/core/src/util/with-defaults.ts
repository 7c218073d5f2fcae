/** Optional overrides of a settings object; an explicit `undefined` means "use the default". */
export type Overrides<T> = { readonly [K in keyof T]?: T[K] | undefined };

/** `{ ...defaults, ...overrides }`, except that undefined overrides keep the default. */
export function withDefaults<T extends object>(defaults: T, overrides: Overrides<T> | undefined): T {
  const result = { ...defaults };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  }
  return result;
}
