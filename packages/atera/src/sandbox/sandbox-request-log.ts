import type { SandboxFaultKind } from '@psagate/core/sandbox-kit';
import type { AteraOperationId } from '../generated/operations';

/** One request as the sandbox saw it. */
export interface AteraSandboxRequest {
  readonly method: string;
  /** The path without the query (`/api/v3/tickets/5`). */
  readonly path: string;
  /** The operation it matched, or null for an unknown path or method. */
  readonly operationId: AteraOperationId | null;
  readonly query: Readonly<Record<string, string>>;
  /** The parsed JSON body (the raw text when it was not JSON), or undefined when there was none. */
  readonly body: unknown;
  /** The status answered, or null when the connection was dropped. */
  readonly status: number | null;
  /** The fault the request got, if any. */
  readonly fault: SandboxFaultKind | null;
}
