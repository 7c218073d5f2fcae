import { describe, expect, it } from 'vitest';
import { ResponseShapeError, ValidationError } from '../../errors/error-types';
import { UrlAndOriginStep } from './url-and-origin-step';
import { BASE_URL, answer, callOf, rejectionOf, replying } from './step.test-helpers';

const step = new UrlAndOriginStep(BASE_URL);

async function urlFor(spec: Parameters<typeof callOf>[0]): Promise<string> {
  const call = callOf(spec);
  await step.send(call, replying(answer()));
  return call.url.href;
}

describe('UrlAndOriginStep', () => {
  it('joins the base URL path and the expanded route path with one slash, and appends the query', async () => {
    expect(await urlFor({ path: '/tickets/{id}', pathParams: { id: 'a/b c' }, query: { page: 2, status: ['open', 'new'], gone: undefined, none: null } })).toBe(
      'https://api.test/v1/tickets/a%2Fb%20c?page=2&status=open&status=new',
    );
    expect(await urlFor({ path: 'tickets' })).toBe('https://api.test/v1/tickets');
  });

  it('keeps a route path that starts with // on the base URL origin', async () => {
    expect(await urlFor({ path: '//evil.test/steal' })).toBe('https://api.test/v1/evil.test/steal');
  });

  it('follows a same-origin link, absolute or relative, instead of the route', async () => {
    expect(await urlFor({ url: 'https://api.test/v1/tickets?page=3' })).toBe('https://api.test/v1/tickets?page=3');
    expect(await urlFor({ url: '/v1/tickets?page=4' })).toBe('https://api.test/v1/tickets?page=4');
  });

  it.each([
    ['another origin', 'https://evil.test/tickets', 'CROSS_ORIGIN_LINK'],
    ['another scheme', 'http://api.test/tickets', 'CROSS_ORIGIN_LINK'],
    ['no URL at all', 'http://[bad', 'INVALID_LINK'],
  ])('refuses a link to %s without sending anything', async (_label, url, code) => {
    const next = replying(answer());
    const error = await rejectionOf(step.send(callOf({ url }), next));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code, operation: 'things.list' });
    expect(next.calls).toBe(0);
  });

  it('refuses a query value holding a lone surrogate and an invalid path parameter before sending', async () => {
    const next = replying(answer());
    const query = await rejectionOf(step.send(callOf({ query: { search: 'abc\ud800' } }), next));
    expect(query).toBeInstanceOf(ValidationError);
    expect(query).toMatchObject({ code: 'INVALID_QUERY_PARAMETER', issues: [{ path: 'search', message: 'holds a lone surrogate' }] });
    const param = await rejectionOf(step.send(callOf({ path: '/files/{name}', pathParams: { name: '..' } }), next));
    expect(param).toMatchObject({ code: 'INVALID_PATH_PARAMETER' });
    expect(next.calls).toBe(0);
  });
});
