import { describe, expect, it } from 'vitest';
import { ResponseShapeError } from '../../errors/error-types';
import { RedirectStep } from './redirect-step';
import { BASE_URL, answer, callOf, rejectionOf, replying } from './step.test-helpers';

const step = new RedirectStep(BASE_URL, 2);
const redirect = (status: number, location?: string) => answer(status, { headers: location === undefined ? {} : { location } });

describe('RedirectStep', () => {
  it('points the call at a same-origin target and asks for another attempt at once', async () => {
    const call = callOf();
    call.url = new URL('https://api.test/v1/old');
    const response = await step.send(call, replying(redirect(301, 'new?x=1')));
    expect(response.sendAgain).toBe(true);
    expect(call.url.href).toBe('https://api.test/v1/new?x=1');
    expect(call.redirects).toBe(1);
  });

  it('keeps the method of a 307 or 308, a POST included', async () => {
    for (const status of [307, 308]) {
      expect((await step.send(callOf({ method: 'POST' }), replying(redirect(status, '/v2/things')))).sendAgain).toBe(true);
    }
  });

  it('hands back answers that are not redirects, a 304 included', async () => {
    for (const status of [200, 304, 404]) {
      const response = answer(status);
      expect(await step.send(callOf(), replying(response))).toBe(response);
    }
  });

  it.each([
    ['without a Location header', 302, undefined, 'INVALID_REDIRECT'],
    ['to an invalid location', 302, 'http://[bad', 'INVALID_REDIRECT'],
    ['to another origin', 302, 'https://evil.test/steal', 'CROSS_ORIGIN_REDIRECT'],
    ['from https to http on the same host', 301, 'http://api.test/v1/things', 'CROSS_ORIGIN_REDIRECT'],
  ])('refuses a redirect %s', async (_label, status, location, code) => {
    const error = await rejectionOf(step.send(callOf(), replying(redirect(status, location))));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code, status, operation: 'things.list' });
  });

  it('names the other origin and the configured one when it refuses a cross-origin redirect', async () => {
    const error = await rejectionOf(step.send(callOf(), replying(redirect(302, 'https://evil.test/steal'))));
    expect((error as Error).message).toBe(
      'acme GET /things was redirected (302) to another origin (https://evil.test); psagate only sends credentials to https://api.test. Check the configured base URL.',
    );
  });

  it('refuses a 301, 302 or 303 of a write, which would turn it into a GET', async () => {
    for (const status of [301, 302, 303]) {
      expect(await rejectionOf(step.send(callOf({ method: 'POST' }), replying(redirect(status, '/v1/new'))))).toMatchObject({ code: 'UNSAFE_REDIRECT' });
    }
  });

  it('stops after maxRedirects of one call', async () => {
    const call = callOf();
    const next = replying(redirect(302, '/v1/again'));
    await step.send(call, next);
    await step.send(call, next);
    expect(await rejectionOf(step.send(call, next))).toMatchObject({ code: 'TOO_MANY_REDIRECTS' });
  });
});
