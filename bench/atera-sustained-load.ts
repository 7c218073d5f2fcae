import { createAteraClient } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';
import { printTable } from './measure';

/**
 * Sustained load against a loopback Atera sandbox enforcing a rate budget scaled down in time (the
 * same requests per window, a shorter window, so the run takes seconds, not minutes). Many callers
 * ask as fast as they can; psagate must hold close to the whole budget without a single 429.
 */
export async function ateraSustainedLoad(options: { requestsPerWindow: number; windowMs: number; windows: number; callers: number }): Promise<void> {
  const { requestsPerWindow, windowMs, windows, callers } = options;
  const sandbox = createAteraSandbox({ rateLimit: { requestsPerMinute: requestsPerWindow, windowMs }, latencyMs: { min: 5, max: 40 }, recordRequests: false });
  const server = await sandbox.listen({ port: 0 });
  try {
    const client = createAteraClient({
      apiKey: sandbox.apiKey,
      baseUrl: server.url,
      rateLimit: { requestsPerWindow, windowMs, maxConcurrency: callers },
    });
    const durationMs = windowMs * windows;
    const started = performance.now();
    let completed = 0;
    let failed = 0;
    const caller = async (index: number): Promise<void> => {
      for (let call = 0; performance.now() - started < durationMs; call++) {
        try {
          await client.agents.get({ agentId: sandbox.state.agentIds[(index * 31 + call) % sandbox.state.agentIds.length] as number });
          if (performance.now() - started <= durationMs) completed++;
        } catch {
          failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: callers }, (_, index) => caller(index)));
    const budget = requestsPerWindow * windows;
    const held = completed / budget;
    const received429s = sandbox.stats().rateLimited;
    printTable(`Sustained load: ${callers} callers for ${windows} windows of ${windowMs} ms at ${requestsPerWindow} requests per window (loopback sandbox)`, [
      ['budget', 'completed', 'failed', '429s', 'budget held'],
      [String(budget), String(completed), String(failed), String(received429s), `${(held * 100).toFixed(1)}% (target ≥ 95%, zero 429s)`],
    ]);
  } finally {
    await server.close();
  }
}
