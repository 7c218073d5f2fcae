import type { Redactor } from '@psagate/core/provider';
import { type DestinationStream, type Logger, pino } from 'pino';
import type { ServerLogLevel } from './options';

/** Header paths pino masks wherever a request or its headers end up in a log line. */
export const REDACTED_LOG_PATHS = [
  'authorization',
  'cookie',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'request.headers.authorization',
  'request.headers.cookie',
  '*.authorization',
  '*.cookie',
  '*.apiKey',
  '*.password',
  '*.clientSecret',
  '*.token',
];

/** The default logger: JSON lines on stderr (or `destination`), secrets in known fields masked. */
export function createDefaultLogger(level: ServerLogLevel = 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      name: 'psagate-server',
      level,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[REDACTED]' },
    },
    // process.stderr, not a file descriptor of pino's own: whatever watches or wraps
    // process.stderr.write (test guards, APM agents) sees every line. pino writes one record per call.
    destination ?? process.stderr,
  );
}

/** One line per request, and the errors behind 5xx answers, every string passed through the Redactor. */
export class RequestLogger {
  constructor(
    private readonly logger: Logger,
    private readonly redactor: Redactor,
  ) {}

  request(fields: { requestId: string; method: string; route: string; path: string; status: number; durationMs: number }): void {
    const level = fields.status >= 500 ? 'error' : fields.status >= 400 ? 'warn' : 'info';
    this.logger[level](this.redactor.redactDeep({ ...fields, durationMs: Math.round(fields.durationMs * 10) / 10 }), 'request');
  }

  failure(requestId: string, error: unknown): void {
    // redactDeep turns errors into `{ name, message, ...fields }` (toJSON for PsaError): no stack of request headers.
    const stack = error instanceof Error && !hasToJson(error) ? error.stack : undefined;
    this.logger.error(this.redactor.redactDeep({ requestId, error, stack }), 'request failed');
  }

  info(message: string, fields: Record<string, unknown> = {}): void {
    this.logger.info(this.redactor.redactDeep(fields), message);
  }
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
