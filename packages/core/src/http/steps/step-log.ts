import type { LogLevel, PsaLogger } from '../../observability/logger';

/** How steps write a log line. */
export type StepLog = (level: LogLevel, message: string) => void;

/** Logs through `logger`, never throwing. */
export function stepLog(logger: PsaLogger): StepLog {
  return (level, message) => {
    try {
      logger[level](message);
    } catch {
      // A broken logger must not break the request it reports on.
    }
  };
}
