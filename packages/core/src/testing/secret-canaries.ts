import { inspect } from 'node:util';
import type { PsaEventName, PsaEvents } from '../observability/events';
import type { LogFields, LogLevel, PsaLogger } from '../observability/logger';

/** Where a canary turned up: which captured text, and in which form (`raw`, `base64`...). */
export interface CanaryLeak {
  readonly canary: string;
  readonly form: string;
  readonly where: string;
}

export interface LeakWatch {
  /** A logger that records every line (message and fields) for the check. */
  readonly logger: PsaLogger;
  /** Records every event of the hub from now on. */
  watchEvents(events: PsaEvents): void;
  /** Records an error in every form a user may see it: message, stack, JSON, `toJSON()`, inspection, causes. */
  recordError(error: unknown, label?: string): void;
  /** Records any other value (a client, a config, a result) as it would be inspected and serialised. */
  recordValue(value: unknown, label: string): void;
  /** Runs a scenario that is expected to fail and records its error; returns the error (undefined when it did not fail). */
  expectFailure(run: () => Promise<unknown> | unknown, label?: string): Promise<unknown>;
  /** Every place a canary was found, in any encoded form. */
  leaks(): CanaryLeak[];
  /** Throws an Error naming each leak (place and form, never the value) when there is one. */
  assertNoLeaks(): void;
  /** How many texts were captured (so a test can tell that it looked at something). */
  readonly capturedCount: number;
}

const EVENT_NAMES: readonly PsaEventName[] = ['request', 'response', 'retry', 'rateLimitWait', 'token', 'cache', 'warning', 'error'];

/**
 * Collects everything a scenario lets a user see (events, log lines, errors) and checks that no
 * canary secret appears in it, as sent or in the forms a server or a header could carry it
 * (percent- and form-encoded, JSON-escaped, base64 at any alignment). Test support: canaries are
 * fake secrets a test configures, e.g. `{ apiKey: 'canary-KEY-…' }`.
 */
export function createLeakWatch(canaries: Readonly<Record<string, string>>): LeakWatch {
  const captured: { where: string; text: string }[] = [];
  const capture = (where: string, text: string): void => {
    captured.push({ where, text });
  };
  const forms = Object.entries(canaries).flatMap(([name, value]) => encodedForms(value).map((form) => ({ name, ...form })));

  const logLine = (level: LogLevel) => (message: string, fields?: LogFields) => {
    capture(`log ${level}`, message);
    if (fields) capture(`log ${level} fields`, describeValue(fields));
  };

  const recordError = (error: unknown, label = 'error'): void => {
    const seen = new Set<unknown>();
    let current: unknown = error;
    for (let depth = 0; current !== undefined && current !== null && !seen.has(current) && depth < 5; depth++) {
      seen.add(current);
      const where = depth === 0 ? label : `${label} cause ${depth}`;
      capture(`${where} String()`, safe(() => String(current)));
      if (current instanceof Error) {
        capture(`${where} message`, current.message);
        capture(`${where} stack`, current.stack ?? '');
      }
      capture(`${where} JSON`, safe(() => JSON.stringify(current) ?? ''));
      const toJSON = (current as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') capture(`${where} toJSON()`, safe(() => describeValue(toJSON.call(current))));
      capture(`${where} inspect`, safe(() => inspect(current, { depth: 8, showHidden: true, getters: true })));
      current = (current as { cause?: unknown }).cause;
    }
  };

  return {
    logger: { debug: logLine('debug'), info: logLine('info'), warn: logLine('warn'), error: logLine('error') },
    watchEvents(events) {
      for (const name of EVENT_NAMES) {
        events.on(name, (event: unknown) => {
          capture(`event ${name}`, describeValue(event));
          const error = (event as { error?: unknown }).error;
          if (error) recordError(error, `event ${name} error`);
        });
      }
    },
    recordError,
    recordValue(value, label) {
      capture(label, describeValue(value));
    },
    async expectFailure(run, label = 'scenario error') {
      try {
        await run();
      } catch (error) {
        recordError(error, label);
        return error;
      }
      return undefined;
    },
    leaks() {
      const found: CanaryLeak[] = [];
      for (const { where, text } of captured) {
        for (const form of forms) if (text.includes(form.text)) found.push({ canary: form.name, form: form.form, where });
      }
      return found;
    },
    assertNoLeaks() {
      const found = this.leaks();
      if (found.length === 0) return;
      const lines = found.slice(0, 20).map((leak) => `  - ${leak.canary} (${leak.form}) in ${leak.where}`);
      throw new Error(`A canary secret leaked in ${found.length} place(s):\n${lines.join('\n')}`);
    },
    get capturedCount() {
      return captured.length;
    },
  };
}

/**
 * The texts a secret may appear as: raw, percent-encoded, form-encoded, JSON-escaped, and the
 * base64 / base64url stretch it produces at each of the three alignments (as inside a Basic
 * `user:password` header). Short secrets only get the plain forms.
 */
export function encodedForms(secret: string): { readonly form: string; readonly text: string }[] {
  const forms = new Map<string, string>();
  const add = (form: string, text: string): void => {
    if (text.length >= 6 && ![...forms.values()].includes(text)) forms.set(form, text);
  };
  add('raw', secret);
  add('percent-encoded', encodeURIComponent(secret));
  add('form-encoded', new URLSearchParams({ s: secret }).toString().slice(2));
  add('JSON-escaped', JSON.stringify(secret).slice(1, -1));
  if (secret.length >= 12) {
    for (let offset = 0; offset < 3; offset++) {
      const encoded = Buffer.from(`${'\u0000'.repeat(offset)}${secret}`, 'utf8');
      // Drop the characters that mix in neighbouring bytes: the first 4 after the padding, the last 4.
      const base64 = encoded.toString('base64');
      const inner = base64.slice(offset === 0 ? 0 : 4, base64.length - 4);
      add(`base64 (offset ${offset})`, inner);
      add(`base64url (offset ${offset})`, inner.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...forms].map(([form, text]) => ({ form, text }));
}

function describeValue(value: unknown): string {
  return `${safe(() => JSON.stringify(value) ?? '')}\n${safe(() => inspect(value, { depth: 8, showHidden: false, getters: true }))}`;
}

function safe(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `[unserialisable: ${error instanceof Error ? error.message : String(error)}]`;
  }
}
