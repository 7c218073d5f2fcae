import { describe, expect, it } from 'vitest';
import type { AuthRequest, AuthStrategy } from '../../auth/auth-strategy';
import { Redactor } from '../../security/redactor';
import type { HttpCall } from './http-call';
import { AuthStep } from './auth-step';
import { answer, callOf, rejectionOf, replying } from './step.test-helpers';

const TOKEN = 'token-SECRET-abcdef123';

/** A bearer strategy whose token changes on every attempt; it records what it was asked. */
function bearer(): { auth: AuthStrategy; asked: AuthRequest[] } {
  const asked: AuthRequest[] = [];
  let issued = 0;
  const auth: AuthStrategy = {
    kind: 'test',
    credentialId: 'cred',
    authorize(request) {
      asked.push(request);
      issued++;
      request.headers.Authorization = `Bearer ${TOKEN}-${issued}`;
      return { issued };
    },
    describe: () => 'test bearer',
    secretValues: () => [],
  };
  return { auth, asked };
}

describe('AuthStep', () => {
  it('signs the attempt, keeping the credential apart from the call headers and only for the attempt', async () => {
    const { auth, asked } = bearer();
    const step = new AuthStep(auth, new Redactor());
    const call = callOf({ method: 'DELETE' });
    let during: Readonly<Record<string, string>> | undefined;
    await step.send(call, replying((attempt: HttpCall) => {
      during = attempt.authHeaders;
      return answer();
    }));
    expect(during).toEqual({ Authorization: `Bearer ${TOKEN}-1` });
    expect(call.authHeaders).toBeUndefined();
    expect(call.headers).not.toHaveProperty('Authorization');
    expect(call.authStamp).toEqual({ issued: 1 });
    expect(asked).toEqual([{ method: 'DELETE', url: call.url, headers: { Authorization: `Bearer ${TOKEN}-1` }, signal: undefined }]);
  });

  it('signs every attempt afresh', async () => {
    const { auth } = bearer();
    const step = new AuthStep(auth, new Redactor());
    const call = callOf();
    await step.send(call, replying(answer()));
    await step.send(call, replying(answer()));
    expect(call.authStamp).toEqual({ issued: 2 });
  });

  it('masks the header value and the token inside it from then on', async () => {
    const { auth } = bearer();
    const redactor = new Redactor();
    await new AuthStep(auth, redactor).send(callOf(), replying(answer()));
    expect(redactor.redact(`sent Bearer ${TOKEN}-1 and ${TOKEN}-1`)).toBe('sent [REDACTED] and [REDACTED]');
  });

  it('sends nothing when the strategy cannot sign', async () => {
    const auth: AuthStrategy = { ...bearer().auth, authorize: () => Promise.reject(new Error('token endpoint down')) };
    const next = replying(answer());
    expect(((await rejectionOf(new AuthStep(auth, new Redactor()).send(callOf(), next))) as Error).message).toBe('token endpoint down');
    expect(next.calls).toBe(0);
  });
});
