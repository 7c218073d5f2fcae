import { createAteraClient } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';
import axios from 'axios';
import { printTable } from './measure';

const PAGE_SIZE = 50;
const NAIVE_PAUSE_MS = 100;

/**
 * A full walk of the agents list on a loopback Atera sandbox with simulated latency: psagate's
 * client (prefetching pages within the rate budget) against the pattern most hand-written clients
 * use (one page at a time, a fixed pause between pages to stay under the limit). Both read the same
 * pages of 50 from the same server in the same process, one after the other.
 */
export async function ateraWalk(options: { agents: number; latencyMs: number }): Promise<void> {
  const sandbox = createAteraSandbox({ size: { agents: options.agents }, latencyMs: options.latencyMs, recordRequests: false });
  const server = await sandbox.listen({ port: 0 });
  try {
    const naive = await timed(() => naiveWalk(server.url, sandbox.apiKey));
    const naive429s = sandbox.stats().rateLimited;
    const client = createAteraClient({ apiKey: sandbox.apiKey, baseUrl: server.url, pageConcurrency: 8 });
    let clientWaits = 0;
    client.transport.events.on('rateLimitWait', () => clientWaits++);
    const psagate = await timed(async () => (await client.agents.list().toArray()).length);
    const psagate429s = sandbox.stats().rateLimited - naive429s;

    printTable(`Full walk of ${options.agents.toLocaleString('en')} agents, ${options.latencyMs} ms simulated latency, pages of ${PAGE_SIZE} (loopback sandbox)`, [
      ['contender', 'records', 'time', '429s', 'ratio'],
      ['naive loop + 100 ms pause', String(naive.result), seconds(naive.ms), String(naive429s), '1.00×'],
      ['psagate agents.list()', String(psagate.result), seconds(psagate.ms), String(psagate429s), `${(naive.ms / psagate.ms).toFixed(1)}× faster (target ≥ 8×)`],
    ]);
    if (psagate.result !== naive.result || psagate.result !== options.agents) throw new Error(`walks disagree: naive ${naive.result}, psagate ${psagate.result}, sandbox ${options.agents}`);
    if (clientWaits > 0) console.log(`  psagate waited for the rate budget ${clientWaits} times`);
  } finally {
    await server.close();
  }
}

/** What a typical hand-written client does: one page after another, sleeping between pages. */
async function naiveWalk(baseUrl: string, apiKey: string): Promise<number> {
  const http = axios.create({ baseURL: baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
  let records = 0;
  for (let page = 1; ; page++) {
    const { data } = await http.get<{ items: unknown[]; totalPages: number }>('/api/v3/agents', { params: { page, itemsInPage: PAGE_SIZE } });
    records += data.items.length;
    if (page >= data.totalPages) return records;
    await new Promise((resolve) => setTimeout(resolve, NAIVE_PAUSE_MS));
  }
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
