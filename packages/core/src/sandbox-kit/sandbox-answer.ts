/**
 * Tells the server to cut the connection instead of answering. A sandbox returns it to simulate a
 * network failure; whether the write was applied first is up to the handler that returns it.
 */
export interface ConnectionDrop {
  readonly kind: 'drop-connection';
  /** For logs and tests only: why the connection was dropped. */
  readonly reason: string;
}

/** What a sandbox answers to one request: a response, or a dropped connection. */
export type SandboxAnswer = Response | ConnectionDrop;

/** A transport-agnostic sandbox: the loopback server and the msw handlers both serve one of these. */
export type SandboxHandler = (request: Request) => Promise<SandboxAnswer>;

export function dropConnection(reason = 'dropped by the sandbox'): ConnectionDrop {
  return { kind: 'drop-connection', reason };
}

export function isConnectionDrop(answer: SandboxAnswer): answer is ConnectionDrop {
  return !(answer instanceof Response) && answer.kind === 'drop-connection';
}
