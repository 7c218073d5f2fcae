/**
 * Building blocks for provider sandboxes: in-process simulators of a PSA that serve msw handlers for
 * tests and a real loopback server for demos and benchmarks. PSA-agnostic: a provider's sandbox adds
 * its routes, auth, error shape and data. Importing this entry loads msw (an optional peer).
 *
 * A sandbox is one `SandboxHandler` (`(request) => Promise<Response | ConnectionDrop>`), typically:
 * count the request (`RequestRecorder`), route it, authenticate, `SlidingWindowCounter.hit(key)` →
 * 429 + `retryAfterHeader` or `rateLimitHeaders` on the answer, `FaultPlan.draw({ route, write })`,
 * then `answerWithFault({ fault, run, error, pause, slowMs })` around the operation, and
 * `Latency.wait()` before answering. Serve it with `mswHandlersFor(baseUrl, handle)` and
 * `serveOnLoopback(handle)`. `packages/atera/src/sandbox/atera-http-layer.ts` is a worked example.
 */
export { dropConnection, isConnectionDrop } from './sandbox-answer';
export type { ConnectionDrop, SandboxAnswer, SandboxHandler } from './sandbox-answer';
export { serveOnLoopback } from './serve-on-loopback';
export type { LoopbackOptions, LoopbackServer } from './serve-on-loopback';
export { mswHandlersFor } from './msw-handlers';
export { SlidingWindowCounter } from './sliding-window-counter';
export type { RateWindowDecision, SlidingWindowCounterOptions } from './sliding-window-counter';
export { rateLimitHeaders, retryAfterHeader } from './rate-limit-response-headers';
export { FaultPlan, sandboxFaultKinds, isDropKind, faultStatus } from './fault-plan';
export type { FaultPlanOptions, FaultTarget, InjectFaultOptions, SandboxFaultKind } from './fault-plan';
export { answerWithFault } from './fault-answer';
export type { FaultAnswerContext } from './fault-answer';
export { truncateJsonBody } from './malformed-json';
export { jsonResponse, isNullBodyStatus, JSON_CONTENT_TYPE } from './json-response';
export { Latency } from './latency';
export type { LatencyOptions, LatencySpec } from './latency';
export { RequestRecorder } from './request-recorder';
export type { RequestRecorderOptions, SandboxStats } from './request-recorder';
export { mulberry32 } from './seeded-prng';
export { nowOf, sleepOf } from './sandbox-clock';
export type { SandboxClock } from './sandbox-clock';
export { isWriteMethod } from './http-methods';
export type { SandboxCommonOptions, SandboxRateLimitOptions } from './sandbox-options';
