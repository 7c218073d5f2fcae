const MASK = '[REDACTED]';
/** Shorter values would mask ordinary words; real credentials are far longer. */
const MIN_SECRET_LENGTH = 6;
/** How many rotating values (access tokens) are remembered; fixed credentials are always kept. */
const MAX_ROTATING = 32;

/**
 * Masks known secret values (keys, tokens, passwords) in any text before it reaches a message or a
 * log line. One per transport or credential, never shared across tenants.
 */
export class Redactor {
  readonly #fixed = new Set<string>();
  readonly #rotating: string[] = [];
  #longestFirst: string[] = [];

  /** Remembers a credential that does not change (an API key, a client secret, a password). */
  add(value: string | undefined | null): void {
    if (!this.#worthMasking(value)) return;
    this.#fixed.add(value);
    this.#reindex();
  }

  /** Remembers a value that rotates (an access or refresh token); the oldest are forgotten. */
  addRotating(value: string | undefined | null): void {
    if (!this.#worthMasking(value)) return;
    this.#rotating.push(value);
    if (this.#rotating.length > MAX_ROTATING) this.#rotating.shift();
    this.#reindex();
  }

  redact(text: string): string {
    let result = text;
    for (const secret of this.#longestFirst) {
      if (result.includes(secret)) result = result.split(secret).join(MASK);
    }
    return result;
  }

  /** Redacts every string inside a JSON-like value; returns a copy. */
  redactDeep<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((item) => this.redactDeep(item)) as T;
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, this.redactDeep(item)]),
      ) as T;
    }
    return value;
  }

  #worthMasking(value: string | undefined | null): value is string {
    return (
      typeof value === 'string' &&
      value.length >= MIN_SECRET_LENGTH &&
      !this.#fixed.has(value) &&
      !this.#rotating.includes(value)
    );
  }

  #reindex(): void {
    this.#longestFirst = [...this.#fixed, ...this.#rotating].sort((a, b) => b.length - a.length);
  }
}
