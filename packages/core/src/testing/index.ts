export { FakeClock } from './fake-clock';
export type { FakeClockOptions } from './fake-clock';
