import { type Gateway, PsaEvents } from '@psagate/core';
import { describe, expect, it } from 'vitest';
import { GatewayMetrics, processMetricsRegistry } from './metrics';

/** Only what GatewayMetrics reads: the provider name and the event hub. */
function observedGateway(): { metrics: GatewayMetrics; events: PsaEvents } {
  const events = new PsaEvents();
  const metrics = new GatewayMetrics({ processMetrics: false });
  metrics.observe({ provider: 'atera', events } as unknown as Gateway);
  return { metrics, events };
}

const response = { callId: 'c1', provider: 'atera', operation: 'tickets.get', method: 'GET', path: '/api/v3/tickets/{ticketId}', attempt: 1, status: 200, durationMs: 12 };

describe('GatewayMetrics', () => {
  it('sets psagate_psa_rate_limit_remaining from the last response that reported the budget', async () => {
    const { metrics, events } = observedGateway();
    events.emit('response', { ...response, rateLimit: { limit: 700, remaining: 412 } });
    events.emit('response', response);
    expect(await metrics.text()).toContain('psagate_psa_rate_limit_remaining{provider="atera"} 412');
    events.emit('response', { ...response, rateLimit: { remaining: 398 } });
    expect(await metrics.text()).toContain('psagate_psa_rate_limit_remaining{provider="atera"} 398');
  });

  it('leaves the gauge empty while the PSA reports no remaining budget', async () => {
    const { metrics, events } = observedGateway();
    events.emit('response', { ...response, rateLimit: { retryAfterMs: 2000 } });
    expect(await metrics.text()).not.toMatch(/psagate_psa_rate_limit_remaining\{/);
  });

  it('counts cache hits and misses per provider and kind of entry', async () => {
    const { metrics, events } = observedGateway();
    events.emit('cache', { provider: 'atera', namespace: 'customer', hit: false });
    events.emit('cache', { provider: 'atera', namespace: 'customer', hit: true });
    events.emit('cache', { provider: 'atera', namespace: 'customer', hit: true });
    events.emit('cache', { provider: 'atera', namespace: 'customer-names', hit: false });
    const text = await metrics.text();
    expect(text).toContain('psagate_cache_hits_total{provider="atera",namespace="customer"} 2');
    expect(text).toContain('psagate_cache_misses_total{provider="atera",namespace="customer"} 1');
    expect(text).toContain('psagate_cache_misses_total{provider="atera",namespace="customer-names"} 1');
  });

  it('shows one process-wide set of Node metrics in every server that wants them, and none in the others', async () => {
    const first = new GatewayMetrics();
    const second = new GatewayMetrics({ processMetrics: true });
    expect(processMetricsRegistry()).toBe(processMetricsRegistry());
    for (const metrics of [first, second]) expect(await metrics.text()).toMatch(/^psagate_process_cpu_user_seconds_total \d/m);
    const text = await first.text();
    expect(text.match(/^# TYPE psagate_process_cpu_user_seconds_total /gm)).toHaveLength(1);
    expect(text).toContain('# TYPE psagate_http_requests_total counter');
    expect(await new GatewayMetrics({ processMetrics: false }).text()).not.toContain('psagate_process_');
  });
});
