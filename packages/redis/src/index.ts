export { createRedisStateStore, redisStateStore } from './redis-state-store';
export type { RedisStateStore, RedisStateStoreOptions } from './redis-state-store';
export { RedisRateLimiter } from './redis-rate-limiter';
export type { RedisRateLimiterOptions } from './redis-rate-limiter';
export { RedisTokenStore } from './redis-token-store';
export type { RedisTokenStoreOptions } from './redis-token-store';
export { RedisHealth, STATE_STORE_UNAVAILABLE } from './redis-health';
export { RedisKeys, DEFAULT_KEY_PREFIX } from './redis-keys';
