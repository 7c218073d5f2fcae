/**
 * A source of call ids for one transport: a random prefix and a counter, e.g. `3f9a1c-1b`. Short,
 * unique within the transport and unlikely to repeat across transports; not a secret.
 */
export function callIdSource(): () => string {
  const prefix = globalThis.crypto.randomUUID().slice(0, 6);
  let count = 0;
  return () => `${prefix}-${(++count).toString(36)}`;
}
