import type { PsaIssue } from './psa-error';

/** What could be read out of a provider's error body. */
export interface ParsedErrorBody {
  readonly message?: string | undefined;
  readonly code?: string | undefined;
  readonly issues?: readonly PsaIssue[] | undefined;
  /** A retry delay stated in the body (e.g. `retry_after: 60`). */
  readonly retryAfterMs?: number | undefined;
}

/** Reads a provider error body into a message, a code and field issues. */
export type ErrorBodyParser = (body: unknown) => ParsedErrorBody;

const MAX_MESSAGE_LENGTH = 300;

/**
 * Understands the error bodies PSAs send: `{"Message"}` (Atera, .NET), `{error:{code,message,details}}`
 * (Automate), `{code,message,errors}`, `{error,error_description}` (OAuth), ASP.NET problem details,
 * `{errors:[{field,message}]}`, `{resultCode,errorMessage}` (Halo) and plain text or HTML.
 */
export const parseErrorBody: ErrorBodyParser = (body) => parseAny(body, 0);

/** Bodies that are JSON inside a string inside a string stop being unwrapped here. */
const MAX_NESTING = 3;

function parseAny(body: unknown, depth: number): ParsedErrorBody {
  if (body === undefined || body === null || body === '') return {};
  if (typeof body === 'string') return parseText(body, depth);
  // A body read as bytes (responseType arraybuffer, or an unknown content type).
  if (body instanceof Uint8Array) return parseText(new TextDecoder().decode(body), depth);
  if (body instanceof ArrayBuffer) return parseText(new TextDecoder().decode(new Uint8Array(body)), depth);
  if (Array.isArray(body)) return withIssueMessage({ issues: issuesFrom(body) });
  if (typeof body !== 'object') return {};
  return parseObject(body as Record<string, unknown>);
}

function parseText(text: string, depth: number): ParsedErrorBody {
  const trimmed = text.trim();
  // JSON sent as text (wrong content type), possibly a JSON string literal wrapping more JSON.
  if (depth < MAX_NESTING && /^[{["]/.test(trimmed)) {
    try {
      return parseAny(JSON.parse(trimmed), depth + 1);
    } catch {
      // Not JSON after all: fall through to plain text.
    }
  }
  if (/^<(!doctype\s+html|html[\s>])/i.test(trimmed) || (/^</.test(trimmed) && /<(html|body)[\s>]/i.test(trimmed))) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
    return { message: clip(title ? `HTML error page: ${decodeEntities(title)}` : 'HTML error page') };
  }
  return trimmed ? { message: clip(trimmed) } : {};
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function parseObject(body: Record<string, unknown>): ParsedErrorBody {
  const nested = body.error;
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
    const inner = nested as Record<string, unknown>;
    return withIssueMessage({
      message: firstString(inner.message, inner.Message, body.message),
      code: firstString(inner.code, inner.Code),
      issues: issuesFrom(inner.details) ?? issuesFrom(inner.errors),
      retryAfterMs: seconds(body.retry_after ?? inner.retry_after),
    });
  }
  return withIssueMessage({
    message: firstString(
      body.Message,
      body.message,
      body.error_description,
      body.errorMessage,
      body.ExceptionMessage,
      body.detail,
      body.title,
      typeof nested === 'string' ? nested : undefined,
      body.error_message,
    ),
    code: firstString(
      body.code,
      body.Code,
      typeof nested === 'string' && (body.message || body.error_description) ? nested : undefined,
      body.resultCode,
      body.ClassName,
    ),
    // ModelState: ASP.NET Web API 2 validation errors ({"Message": "The request is invalid.", "ModelState": {...}}).
    issues: issuesFrom(body.errors) ?? issuesFrom(body.details) ?? issuesFrom(body.ModelState),
    retryAfterMs: seconds(body.retry_after ?? body.retryAfter),
  });
}

/** With field issues but no message, the issues themselves become the message. */
function withIssueMessage(parsed: ParsedErrorBody): ParsedErrorBody {
  const { issues } = parsed;
  if (parsed.message === undefined && issues && issues.length > 0) {
    const message = clip(issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; '));
    return compact({ ...parsed, message });
  }
  return compact(parsed);
}

function issuesFrom(value: unknown): PsaIssue[] | undefined {
  if (Array.isArray(value)) {
    const issues = value.flatMap((entry): PsaIssue[] => {
      if (typeof entry === 'string') return [{ path: '', message: clip(entry) }];
      if (!entry || typeof entry !== 'object') return [];
      const item = entry as Record<string, unknown>;
      const message = firstString(item.message, item.Message, item.error, item.reason);
      if (!message) return [];
      return [{ path: firstString(item.field, item.property, item.path, item.Field) ?? '', message: clip(message) }];
    });
    return issues.length > 0 ? issues : undefined;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.field === 'string') {
      return [{ path: record.field, message: clip(firstString(record.message) ?? 'is invalid') }];
    }
    // ASP.NET validation problem details: { errors: { Field: ["message", ...] } }
    const issues = Object.entries(record).flatMap(([path, messages]) =>
      (Array.isArray(messages) ? messages : [messages])
        .filter((message): message is string => typeof message === 'string')
        .map((message) => ({ path, message: clip(message) })),
    );
    return issues.length > 0 ? issues : undefined;
  }
  return undefined;
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) {
    if (typeof value === 'string' && value.trim() !== '') return clip(value.trim());
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

function seconds(value: unknown): number | undefined {
  const number = typeof value === 'string' ? (/^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : undefined) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number * 1000 : undefined;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_MESSAGE_LENGTH ? `${oneLine.slice(0, MAX_MESSAGE_LENGTH)}…` : oneLine;
}

function compact(parsed: ParsedErrorBody): ParsedErrorBody {
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
}
