import type { HttpTransportOptions } from '../http/http-transport';
import { defaultRateLimitPolicy } from '../http/http-transport';
import type { RateLimitPolicy } from '../http/rate-limiter';
import { withDefaults } from '../util/with-defaults';
import type { CommonConfig } from './config-schemas';

/** The transport options that come from the settings every provider shares. */
export type TransportSettings = Pick<HttpTransportOptions, 'timeoutMs' | 'retry' | 'rateLimit' | 'pageConcurrency' | 'responseValidation' | 'maxResponseBytes'>;

/**
 * Transport options from a parsed config: timeouts, retry, page concurrency, response validation,
 * and the rate budget (core's default, then the provider's, then the user's `rateLimit`). Gateways
 * and standalone native clients build their transports from the same settings this way.
 */
export function transportSettings(config: CommonConfig, defaults: { readonly rateLimit?: Partial<RateLimitPolicy> | undefined } = {}): TransportSettings {
  return {
    timeoutMs: config.timeoutMs,
    retry: config.retry,
    rateLimit: withDefaults(withDefaults(defaultRateLimitPolicy, defaults.rateLimit), config.rateLimit),
    pageConcurrency: config.pageConcurrency,
    responseValidation: config.responseValidation,
    ...(config.maxResponseBytes === undefined ? {} : { maxResponseBytes: config.maxResponseBytes }),
  };
}
