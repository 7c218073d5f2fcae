import { ConfigError } from '../errors/error-types';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for hosts that never leave this machine: localhost, 127.0.0.0/8, ::1, *.localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Parses a configured base or token URL and insists on HTTPS (plain HTTP only on loopback), no
 * embedded credentials, no query or fragment. `what` names the setting in the error message.
 */
export function parseServiceUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${what} must be an absolute URL such as https://api.example.com, got ${JSON.stringify(clip(hideCredentials(value)))}.`, {
      code: 'INVALID_URL',
    });
  }
  const problem = serviceUrlProblem(url);
  if (problem) throw new ConfigError(`${what} ${problem}.`, { code: 'INVALID_URL' });
  return url;
}

/** Why a URL may not carry credentials, or undefined when it may. Used by config schemas too. */
export function serviceUrlProblem(url: URL): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must use https:// (got ${url.protocol})`;
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return `must use https:// (plain http:// is only allowed for loopback hosts such as localhost); got http://${url.host}`;
  }
  if (url.username || url.password) return 'must not contain a user name or password; configure credentials separately';
  if (url.search || url.hash) return 'must not contain a query string or fragment';
  return undefined;
}

/** Whether two URLs share scheme, host and port. */
export function sameOrigin(a: URL, b: URL): boolean {
  // URLs of unusual schemes (data:, file:, custom) all have the opaque origin "null", which matches nothing.
  return a.origin !== 'null' && a.origin === b.origin;
}

/** An unparseable URL is echoed back for the user to fix, without a user:password@ or a query that may hold a key. */
function hideCredentials(text: string): string {
  return text.replace(/^([^@/?#]*\/\/)?[^@/?#]*@/, (_match, scheme: string | undefined) => `${scheme ?? ''}***@`).replace(/[?#].*$/s, '?…');
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
