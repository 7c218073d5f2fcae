import { ValidationError } from '@psagate/core';
import { type ErrorClassifier, describeRequest } from '@psagate/core/provider';

/**
 * Automate answers a condition it cannot parse (unknown property, bad syntax) with 400; the default
 * message says to fix the input, this one says which part of the input to look at.
 */
export const classifyAutomateError: ErrorClassifier = (failure) => {
  const { context, parsed, serverSaid } = failure;
  if (context.status !== 400 || !/condition|orderby|includedfields|property/i.test(`${parsed.message ?? ''} ${parsed.code ?? ''}`)) return undefined;
  return new ValidationError(
    `${describeRequest(context)} failed with 400${serverSaid}. Automate could not apply the list options: check the field names in condition, orderBy and includedFields against the record's properties (ComputerName, Client.Id...).`,
    { ...context, code: 'INVALID_LIST_OPTIONS', providerCode: parsed.code, issues: parsed.issues },
  );
};
