import { describe, expect, it } from 'vitest';
import { ServerError } from '../errors/error-types';
import { PsaEvents } from '../observability/events';
import { createLeakWatch, encodedForms } from './secret-canaries';

const CANARY = 'canary-Secret/Value+42=';

describe('createLeakWatch', () => {
  it('finds nothing when nothing leaked, after looking at what was recorded', async () => {
    const watch = createLeakWatch({ apiKey: CANARY });
    watch.logger.info('all good', { status: 200 });
    await watch.expectFailure(() => {
      throw new ServerError('acme GET /things failed with 500.', { provider: 'acme' });
    });
    expect(watch.capturedCount).toBeGreaterThan(3);
    expect(watch.leaks()).toEqual([]);
    expect(() => watch.assertNoLeaks()).not.toThrow();
  });

  it.each([
    ['as sent', CANARY],
    ['percent-encoded', `https://x.test/?key=${encodeURIComponent(CANARY)}`],
    ['form-encoded', new URLSearchParams({ client_secret: CANARY }).toString()],
    ['JSON-escaped', JSON.stringify({ echo: `say "${CANARY}"` })],
    ['inside a Basic header', `Basic ${Buffer.from(`client:${CANARY}`).toString('base64')}`],
    ['inside a Basic header at another alignment', `Basic ${Buffer.from(`cl:${CANARY}`).toString('base64')}`],
    ['inside a base64url token', Buffer.from(`{"k":"${CANARY}"}`).toString('base64url')],
  ])('finds the canary %s in a log line', (_label, text) => {
    const watch = createLeakWatch({ apiKey: CANARY });
    watch.logger.warn(`the server said ${text}`);
    expect(watch.leaks().map((leak) => leak.canary)).toContain('apiKey');
    expect(() => watch.assertNoLeaks()).toThrow(/apiKey .* in log warn/);
  });

  it('looks in error messages, stacks, JSON, inspection and causes, and names the place without the value', async () => {
    const watch = createLeakWatch({ password: CANARY });
    const error = await watch.expectFailure(async () => {
      throw new Error('outer', { cause: new Error(`inner ${CANARY}`) });
    });
    expect(error).toBeInstanceOf(Error);
    const places = watch.leaks().map((leak) => leak.where);
    expect(places).toContain('scenario error cause 1 message');
    expect(places).toContain('scenario error inspect');
    let thrown: unknown;
    try {
      watch.assertNoLeaks();
    } catch (caught) {
      thrown = caught;
    }
    expect(String(thrown)).not.toContain(CANARY);
  });

  it('looks in every event of a hub, and in the errors events carry', () => {
    const watch = createLeakWatch({ token: CANARY });
    const events = new PsaEvents();
    watch.watchEvents(events);
    events.emit('warning', { provider: 'acme', code: 'X', message: `drift ${CANARY}` });
    events.emit('error', { error: new ServerError(`boom ${CANARY}`, { provider: 'acme' }) });
    const places = watch.leaks().map((leak) => leak.where);
    expect(places).toContain('event warning');
    expect(places).toContain('event error error message');
  });

  it('gives short secrets only their plain forms, so ordinary words do not match', () => {
    expect(encodedForms('abc')).toEqual([]);
    expect(encodedForms('abcdefgh').map((form) => form.form)).toEqual(['raw']);
    expect(encodedForms(CANARY).map((form) => form.form)).toContain('base64 (offset 2)');
  });
});
