import { inspect } from 'node:util';
import { isPsaError } from '@psagate/core';
import { useMswServer } from '@psagate/core/testing';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createAutomateClient } from '../client/create-automate-client';
import { sandboxClient } from '../testing/sandbox-client.test-helpers';
import { AutomateAuth } from './automate-auth';

const server = useMswServer();
const MINUTE = 60_000;

describe('Automate authentication', () => {
  it('logs in with UserName and Password, then sends the bearer token and the ClientId on every request', async () => {
    const { client, sandbox } = sandboxClient(server);
    await client.clients.list().toArray();
    await client.users.get({ userId: 1 });
    expect(sandbox.requests.map((request) => request.route)).toEqual(['auth.login', 'clients.list', 'users.get']);
    expect(sandbox.requests.every((request) => request.clientId === sandbox.credentials.clientId)).toBe(true);
    expect(sandbox.state.auth.logins).toBe(1);
  });

  it('shares one login between concurrent first requests', async () => {
    const { client, sandbox } = sandboxClient(server);
    await Promise.all(Array.from({ length: 8 }, (_, index) => client.computers.get({ computerId: 100 + index })));
    expect(sandbox.stats().byRoute['auth.login']).toBe(1);
  });

  it('refuses to build a client without a ClientId, saying why Automate needs one', () => {
    const config = { baseUrl: 'https://automate.example.com', username: 'integrator', password: 'secret' };
    for (const clientId of [undefined, '', '   ']) {
      const error = (() => {
        try {
          createAutomateClient({ ...config, clientId } as never);
        } catch (failure) {
          return failure;
        }
        return undefined;
      })();
      expect(isPsaError(error, 'config')).toBe(true);
      expect((error as Error).message).toMatch(/clientId/);
      expect((error as Error).message).toMatch(/ClientId/);
    }
    expect(() => new AutomateAuth({ ...config, clientId: ' ' })).toThrow(expect.objectContaining({ code: 'MISSING_CLIENT_ID' }));
  });

  it('is refused by the server without the ClientId header', async () => {
    const { sandbox } = sandboxClient(server);
    const response = await sandbox.handle(new Request(`${sandbox.baseUrl}/cwa/api/v1/APIToken`, { method: 'POST', body: JSON.stringify({ UserName: 'integrator', Password: 'x' }) }));
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(401);
    expect(await (response as Response).json()).toMatchObject({ message: expect.stringContaining('ClientId') });
  });

  it('fails with AuthenticationError for a wrong password, without showing it anywhere', async () => {
    const { client } = sandboxClient(server, {}, { password: 'Wrong-Pa55word!' });
    const error = await client.clients.list().first().catch((failure: unknown) => failure);
    expect(error).toMatchObject({ kind: 'authentication', status: 401, provider: 'automate', operation: 'auth.login' });
    for (const text of [(error as Error).message, JSON.stringify(error), inspect(error, { depth: 8 }), inspect(client, { depth: 6 })]) {
      expect(text).not.toContain('Wrong-Pa55word!');
    }
  });

  describe('two-factor login', () => {
    it('sends the passcode when the server asks for it', async () => {
      const { client, sandbox } = sandboxClient(server, { twoFactor: '246810' });
      await client.users.list().toArray();
      expect(sandbox.state.auth.twoFactorChallenges).toBe(1);
      expect(sandbox.state.auth.logins).toBe(1);
      expect(sandbox.stats().byRoute['auth.login']).toBe(2);
    });

    it('asks a passcode function for a fresh code', async () => {
      const passcode = vi.fn(async () => '246810');
      const { client } = sandboxClient(server, { twoFactor: '246810' }, { twoFactorPasscode: undefined }, { twoFactorPasscode: passcode });
      await client.users.list().toArray();
      expect(passcode).toHaveBeenCalledOnce();
    });

    it('says how to supply a passcode when the account needs one and none is configured', async () => {
      const { client } = sandboxClient(server, { twoFactor: true }, { twoFactorPasscode: undefined });
      await expect(client.users.list().first()).rejects.toMatchObject({
        kind: 'authentication',
        code: 'TWO_FACTOR_REQUIRED',
        message: expect.stringContaining('AUTOMATE_TWO_FACTOR_PASSCODE'),
      });
    });

    it('fails with AuthenticationError for a wrong passcode, without showing it', async () => {
      const { client } = sandboxClient(server, { twoFactor: '246810' }, { twoFactorPasscode: '999999' });
      const error = await client.users.list().first().catch((failure: unknown) => failure);
      expect(error).toMatchObject({ kind: 'authentication', status: 401 });
      expect(JSON.stringify(error) + (error as Error).message).not.toContain('999999');
    });
  });

  describe('token renewal', () => {
    it('refreshes the token in the middle of a long walk, without logging in again', async () => {
      const { client, sandbox, clock } = sandboxClient(server, { tokenLifetimeMs: 10 * MINUTE }, { refreshWindowMs: 2 * MINUTE });
      let pages = 0;
      for await (const _page of client.computers.list().byPage({ pageSize: 2 })) {
        pages++;
        await clock.advance(3 * MINUTE);
      }
      expect(pages).toBe(6);
      expect(sandbox.state.auth.logins).toBe(1);
      expect(sandbox.state.auth.refreshes).toBeGreaterThanOrEqual(1);
      // Six full pages, then the empty page that ends the walk.
      expect(sandbox.requests.filter((request) => request.route === 'computers.list')).toHaveLength(7);
    });

    it('renews a token inside its refresh window by posting it as a JSON string to /APIToken/Refresh', async () => {
      const { client, sandbox, clock } = sandboxClient(server, { tokenLifetimeMs: 10 * MINUTE }, { refreshWindowMs: 2 * MINUTE });
      const bodies: unknown[] = [];
      const listener = ({ request }: { request: Request }) => {
        if (new URL(request.url).pathname.toLowerCase().endsWith('/apitoken/refresh')) void request.clone().json().then((body: unknown) => bodies.push(body));
      };
      server.events.on('request:start', listener);
      try {
        await client.users.list().toArray();
        await clock.advance(9 * MINUTE);
        await client.users.list().toArray();
        await vi.waitFor(() => expect(sandbox.state.auth.refreshes).toBe(1));
      } finally {
        server.events.removeListener('request:start', listener);
      }
      expect(bodies).toHaveLength(1);
      expect(typeof bodies[0]).toBe('string');
      expect(sandbox.state.auth.logins).toBe(1);
    });

    it('logs in again when the refresh fails', async () => {
      const { client, sandbox, clock } = sandboxClient(server, { tokenLifetimeMs: 10 * MINUTE });
      await client.users.list().toArray();
      sandbox.state.auth.failRefreshes = 1;
      await clock.advance(11 * MINUTE);
      await client.users.list().toArray();
      expect(sandbox.stats().byRoute['auth.refresh']).toBe(1);
      expect(sandbox.state.auth.logins).toBe(2);
    });

    it('logs in again, without trying a refresh, once AbsoluteExpirationDate has passed', async () => {
      const { client, sandbox, clock } = sandboxClient(server, { tokenLifetimeMs: 10 * MINUTE, absoluteLifetimeMs: 15 * MINUTE });
      await client.users.list().toArray();
      await clock.advance(16 * MINUTE);
      await client.users.list().toArray();
      expect(sandbox.stats().byRoute['auth.refresh']).toBeUndefined();
      expect(sandbox.state.auth.logins).toBe(2);
    });

    it('shares one renewal between concurrent requests that all got a 401', async () => {
      const { client, sandbox } = sandboxClient(server);
      await client.users.list().toArray();
      sandbox.state.auth.revokeAll();
      await Promise.all(Array.from({ length: 5 }, (_, index) => client.computers.get({ computerId: 100 + index })));
      expect(sandbox.state.auth.logins).toBe(2);
    });

    it('fails with AuthenticationError instead of looping when a fresh token is refused too', async () => {
      const { client, sandbox } = sandboxClient(server);
      let refused = 0;
      server.use(
        http.get('https://automate.sandbox.test/cwa/api/v1/Users/1', () => {
          refused++;
          return HttpResponse.json({ code: 'Unauthorized', message: 'Authorization has been denied for this request.' }, { status: 401 });
        }),
      );
      await expect(client.users.get({ userId: 1 })).rejects.toMatchObject({ kind: 'authentication', status: 401, operation: 'users.get' });
      expect(sandbox.state.auth.logins).toBe(2);
      expect(refused).toBe(2);
    });

    it('after a 401, logs in once and replays the request once', async () => {
      const { client, sandbox } = sandboxClient(server);
      await client.users.list().toArray();
      sandbox.state.auth.revokeAll();
      expect(await client.users.get({ userId: 1 })).toMatchObject({ UserId: 1 });
      expect(sandbox.requests.map((request) => request.route)).toEqual(['auth.login', 'users.list', 'users.get', 'auth.login', 'users.get']);
    });
  });
});
