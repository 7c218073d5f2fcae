import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../errors/error-types';
import { isConnectionDrop, type SandboxHandler } from './sandbox-answer';

export interface LoopbackOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number | undefined;
  /** Default `127.0.0.1`. */
  readonly host?: string | undefined;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes every open connection, keep-alive ones included. */
  close(): Promise<void>;
}

const BODYLESS_METHODS = new Set(['GET', 'HEAD']);

/**
 * Serves a sandbox on a real HTTP server (for demos, benchmarks and clients that cannot be
 * intercepted). A dropped connection destroys the socket; a handler that throws answers 500.
 */
export async function serveOnLoopback(handler: SandboxHandler, options: LoopbackOptions = {}): Promise<LoopbackServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((incoming, outgoing) => {
    void answer(handler, incoming, outgoing, host);
  });
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(
        new ConfigError(
          `The sandbox could not listen on ${host}:${String(options.port ?? 0)} (${error.code ?? error.message}); pass port: 0 to pick a free port.`,
          { cause: error },
        ),
      );
    };
    server.once('error', onError);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

async function answer(handler: SandboxHandler, incoming: IncomingMessage, outgoing: ServerResponse, host: string): Promise<void> {
  try {
    const request = await toRequest(incoming, host);
    const result = await handler(request);
    if (isConnectionDrop(result)) {
      incoming.socket.destroy();
      return;
    }
    await writeResponse(result, outgoing);
  } catch (error) {
    if (outgoing.headersSent) {
      outgoing.destroy();
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    outgoing.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    outgoing.end(`The sandbox failed to answer: ${message}`);
  }
}

async function toRequest(incoming: IncomingMessage, host: string): Promise<Request> {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  const method = incoming.method ?? 'GET';
  const url = requestUrl(incoming.url ?? '/', headers.get('host'), incoming.socket.localPort, host);
  if (BODYLESS_METHODS.has(method)) return new Request(url, { method, headers });
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return new Request(url, { method, headers, body: chunks.length === 0 ? null : Buffer.concat(chunks) });
}

/** The URL on the address the client used (its Host header), so links the sandbox builds lead back to it. */
function requestUrl(target: string, hostHeader: string | null, port: number | undefined, host: string): URL {
  // Appended, not resolved: a target such as `//other.example/x` stays a path on this server.
  const path = target.startsWith('/') ? target : `/${target}`;
  if (hostHeader !== null) {
    try {
      return new URL(`http://${hostHeader}${path}`);
    } catch {
      // A Host header that is not a host: use the listening address instead.
    }
  }
  return new URL(`http://${host.includes(':') ? `[${host}]` : host}:${String(port ?? 80)}${path}`);
}

async function writeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  const body = response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (body !== undefined) headers['content-length'] = String(body.length);
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
}
