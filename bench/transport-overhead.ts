import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiKeyAuth, HttpTransport } from '@psagate/core/provider';
import axios from 'axios';
import { type Contender, printTable, sideBySide } from './measure';

const BODY = JSON.stringify({ items: Array.from({ length: 20 }, (_, id) => ({ id, name: `Record ${id}`, online: id % 2 === 0 })), totalItemCount: 20 });

/**
 * What the psagate transport (rate limiter, auth, retries, timeouts, error mapping, JSON parsing)
 * costs over a plain axios call, on a loopback server, one request at a time and 16 at once.
 */
export async function transportOverhead(options: { rounds: number; requestsPerRound: number }): Promise<void> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'x-ratelimit-limit': '100000', 'x-ratelimit-remaining': '99999' });
    response.end(BODY);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const plain = axios.create({ baseURL: baseUrl, headers: { 'X-API-KEY': 'bench-key-0123456789' } });
    const transport = new HttpTransport({
      provider: 'bench',
      baseUrl,
      auth: new ApiKeyAuth({ key: 'bench-key-0123456789', header: 'X-API-KEY' }),
      rateLimit: { requestsPerWindow: 10_000_000, windowMs: 1_000, maxConcurrency: 64 },
    });
    const plainCall = async (): Promise<void> => {
      await plain.get('/api/v3/agents', { params: { page: 1, itemsInPage: 50 } });
    };
    const transportCall = async (): Promise<void> => {
      await transport.request({ operation: 'agents.list', method: 'GET', path: '/api/v3/agents', query: { page: 1, itemsInPage: 50 } });
    };

    const rows: string[][] = [['workload', 'plain axios', 'psagate transport', 'ratio']];
    for (const concurrency of [1, 16]) {
      const contenders: Contender[] = [
        { name: 'plain', run: () => workload(plainCall, options.requestsPerRound, concurrency) },
        { name: 'transport', run: () => workload(transportCall, options.requestsPerRound, concurrency) },
      ];
      const [plainResult, transportResult] = await sideBySide(contenders, options.rounds);
      const perRequest = (ms: number) => `${((ms * 1000) / options.requestsPerRound).toFixed(0)} µs/req`;
      rows.push([
        `${options.requestsPerRound} GETs, ${concurrency} in flight`,
        perRequest(plainResult?.medianMs ?? 0),
        perRequest(transportResult?.medianMs ?? 0),
        `${((transportResult?.medianMs ?? 0) / (plainResult?.medianMs ?? 1)).toFixed(2)}× plain`,
      ]);
    }
    printTable('Transport overhead on a loopback server (median of rounds, same process, alternating order)', rows);
  } finally {
    server.close();
  }
}

async function workload(call: () => Promise<void>, total: number, concurrency: number): Promise<void> {
  let started = 0;
  const worker = async (): Promise<void> => {
    while (started < total) {
      started++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
