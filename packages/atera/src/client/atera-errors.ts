import { ConflictError } from '@psagate/core';
import { type ErrorClassifier, describeRequest } from '@psagate/core/provider';

/** Atera answers 405 when a record cannot be deleted or changed because other records depend on it. */
export const classifyAteraError: ErrorClassifier = (failure) => {
  if (failure.context.status !== 405) return undefined;
  return new ConflictError(
    `${describeRequest(failure.context)} failed with 405${failure.serverSaid}. Other records still depend on this one (agents, tickets, contacts or contracts of a customer, for instance): move or delete them first, then try again.`,
    { ...failure.context, code: 'HAS_DEPENDENCIES', providerCode: failure.parsed.code, retryable: false },
  );
};
