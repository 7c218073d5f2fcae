import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AteraSandbox, createAteraSandbox } from '@psagate/atera/sandbox';
import { runCli } from './run-cli';
import { memoryIo } from './testing/memory-io.test-helpers';
import { useMswServer } from '@psagate/core/testing';

/** Atera through msw: the CLI reads its config from the environment, as against a real account. */
const server = useMswServer();

let sandbox: AteraSandbox;
beforeEach(() => {
  sandbox = createAteraSandbox({ recordRequests: false });
  server.resetHandlers(...sandbox.handlers);
});

const ateraEnv = (): Record<string, string> => ({ PSAGATE_PROVIDER: 'atera', ATERA_API_KEY: sandbox.apiKey, ATERA_BASE_URL: sandbox.baseUrl, PSAGATE_MAX_ATTEMPTS: '1' });

describe('a write that may have been applied', () => {
  it('exits 8, not 5, when a created ticket cannot be read back (404), and says how to find it', async () => {
    const before = sandbox.state.ticketIds.length;
    server.use(http.get(`${sandbox.baseUrl}/api/v3/tickets/:ticketId`, () => HttpResponse.json({ Message: 'Not found' }, { status: 404 })));
    const memory = memoryIo({ env: ateraEnv() });

    const code = await runCli(['tickets', 'create', '--title', 'Printer on fire', '--description', 'Smoke', '--customer', String(sandbox.state.customerIds[0])], memory.io);

    expect(sandbox.state.ticketIds, memory.stderr()).toHaveLength(before + 1);
    const newId = String(sandbox.state.ticketIds.at(-1));
    expect(code).toBe(8);
    expect(memory.stderr()).toContain(`ticket ${newId} was created`);
    expect(memory.stderr()).toContain(`tickets.get('${newId}')`);
    expect(memory.stderr()).toContain('the write may have been applied');
    expect(memory.stdout()).toBe('');
  });

  it('still exits 5 for a plain not-found read', async () => {
    const memory = memoryIo({ env: ateraEnv() });
    expect(await runCli(['tickets', 'get', '999999999'], memory.io)).toBe(5);
    expect(memory.stderr()).not.toContain('may have been applied');
  });
});

describe('an error quoting the provider', () => {
  it('shows control characters in its message rather than obeying them', async () => {
    server.use(http.post(`${sandbox.baseUrl}/api/v3/tickets`, () => HttpResponse.json({ Message: '\u001b]0;pwned\u0007\u001b[31mTitle is bad' }, { status: 400 })));
    const memory = memoryIo({ env: ateraEnv() });

    expect(await runCli(['tickets', 'create', '--title', 'x', '--description', 'y', '--customer', String(sandbox.state.customerIds[0])], memory.io)).toBe(2);
    expect(memory.stderr()).toContain('Title is bad');
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(memory.stderr()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
