import type { AteraGroup, AteraOperationId } from '../../generated/operations';
import type { SandboxOperationHandler } from '../operation-handler';

/** The handlers of one group (`tickets.*`): the type rejects a missing or a misspelt operation. */
export type GroupHandlers<Group extends AteraGroup> = { readonly [Id in Extract<AteraOperationId, `${Group}.${string}`>]: SandboxOperationHandler };
