export { FakeClock } from './fake-clock';
export type { FakeClockOptions } from './fake-clock';
export { describeProviderConformance } from './conformance-suite';
export type { ConformanceContext, ConformanceTarget } from './conformance-suite';
