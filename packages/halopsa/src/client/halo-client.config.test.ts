import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createHaloClient } from './halo-client';

describe('createHaloClient configuration', () => {
  it('lists every problem of a config at once, by setting', () => {
    expect(() => createHaloClient({ baseUrl: 'http://acme.halopsa.com', clientId: ' ', clientSecret: '' } as never)).toThrow(
      expect.objectContaining({ kind: 'config', message: expect.stringMatching(/baseUrl[\s\S]*clientId[\s\S]*clientSecret/) }),
    );
  });

  it('refuses an unknown setting and an alert ticket type that is not an id', () => {
    expect(() => createHaloClient({ baseUrl: 'https://acme.halopsa.com', clientId: 'id', clientSecret: 's', apiKey: 'x' } as never)).toThrow(expect.objectContaining({ kind: 'config' }));
    expect(() => createHaloClient({ baseUrl: 'https://acme.halopsa.com', clientId: 'id', clientSecret: 's', alertTicketTypeId: -1 })).toThrow(expect.objectContaining({ kind: 'config' }));
  });

  it('never shows the client secret when the client is inspected', () => {
    const secret = 'a-very-secret-value-123456';
    const client = createHaloClient({ baseUrl: 'https://acme.halopsa.com', clientId: 'id', clientSecret: secret });
    expect(inspect(client, { depth: 8 })).not.toContain(secret);
    expect(JSON.stringify(Object.keys(client))).not.toContain(secret);
  });
});
