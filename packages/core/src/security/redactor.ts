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
    if (!isWorthMasking(value) || this.#fixed.has(value)) return;
    // A value first seen as rotating becomes fixed, so it can no longer be forgotten.
    const index = this.#rotating.indexOf(value);
    if (index >= 0) this.#rotating.splice(index, 1);
    this.#fixed.add(value);
    this.#reindex();
  }

  /** Remembers a value that rotates (an access or refresh token); the oldest are forgotten. */
  addRotating(value: string | undefined | null): void {
    if (!isWorthMasking(value) || this.#fixed.has(value) || this.#rotating.includes(value)) return;
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

  /**
   * Redacts every string inside a value; returns a copy. Plain objects and arrays are walked;
   * errors become `{ name, message, ... }`; objects with `toJSON` (an HTTP client error holding
   * request headers, for one, or a Secret) are redacted in the form they would be serialised; cycles become
   * `[Circular]`.
   */
  redactDeep<T>(value: T): T {
    return this.#deep(value, new WeakSet()) as T;
  }

  #deep(value: unknown, seen: WeakSet<object>): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (!value || typeof value !== 'object') return value;
    if (value instanceof Date) return value;
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    try {
      if (Array.isArray(value)) return value.map((item) => this.#deep(item, seen));
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') return this.#deep(toJSON.call(value), seen);
      if (value instanceof Error) {
        const { name, message } = value;
        return this.#deep({ name, message, ...ownEntries(value) }, seen);
      }
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.#deep(item, seen)]));
    } finally {
      seen.delete(value);
    }
  }

  #reindex(): void {
    const values = new Set<string>();
    for (const secret of [...this.#fixed, ...this.#rotating]) for (const form of echoedForms(secret)) values.add(form);
    this.#longestFirst = [...values].sort((a, b) => b.length - a.length);
  }
}

/** The ways a server may echo a secret back: as sent, percent-encoded (URLs), form-encoded, or escaped in JSON. */
function echoedForms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)];
}

function isWorthMasking(value: string | undefined | null): value is string {
  return typeof value === 'string' && value.length >= MIN_SECRET_LENGTH;
}

function ownEntries(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value));
}
