import { LuaScript } from './lua-script';

/**
 * Grants one start in a sliding window shared by every process, atomically: the same rule as core's
 * in-memory limiter (no window of `windowMs` + margin holds more than `limit` starts), kept in a
 * sorted set of start times. A pause set after a 429 holds every process.
 *
 * KEYS: starts (sorted set), pause (epoch ms). ARGV: now, window (ms, margin included), limit, member.
 * Returns `{ granted (1/0), waitMs, paused (1/0) }`.
 */
export const slidingWindowScript = new LuaScript(
  `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local pausedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
if pausedUntil > now then
  return {0, math.ceil(pausedUntil - now), 1}
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window))
  return {1, 0, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, math.max(1, math.ceil(tonumber(oldest[2]) + window - now)), 0}
`,
  2,
);

/** Moves the shared pause forward (never back): KEYS: pause. ARGV: until (epoch ms), ttl (ms). */
export const extendPauseScript = new LuaScript(
  `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
return 1
`,
  1,
);

/** Deletes a key only while it still holds `value`: KEYS: key. ARGV: value. */
export const deleteIfEqualScript = new LuaScript(
  `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`,
  1,
);
