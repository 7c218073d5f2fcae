import { type ProviderContext, RouteCaller } from '@psagate/core/provider';
import { createAteraAuth } from './auth/atera-auth';
import type { AteraClient } from './client/atera-client';
import { classifyAteraError } from './client/atera-errors';
import { ateraPaging } from './client/atera-pages';
import { CustomFieldCheck } from './client/custom-field-check';
import { type AteraConfig, ateraRatePolicy } from './config';
import { type AteraOperations, bindAteraOperations } from './generated/operations';
import type { AteraOperation } from './routes/atera-operation';

/**
 * Builds the native Atera client over a provider context: its auth, its transport (the context's,
 * so it shares the context's rate lane, events and clock), the route caller and the custom field
 * check (cached in the context's reference cache). The only place these are built: used by
 * `createAteraClient` (over a standalone context) and by `ateraProvider.create` (over the gateway's).
 */
export function wireAtera(config: AteraConfig, context: ProviderContext): AteraClient {
  const transport = context.createTransport({
    baseUrl: config.baseUrl,
    auth: createAteraAuth(config.apiKey, config.authStyle),
    classifyError: classifyAteraError,
    ...context.transportDefaults(config, { rateLimit: ateraRatePolicy(config) }),
  });
  // The check loads definitions through the client it guards; listing them names no field, so it never recurses.
  const check = config.validateCustomFieldNames ? new CustomFieldCheck(context.cache, (signal) => operations.customValues.listCustomFields({}, { signal })) : undefined;
  const operations: AteraOperations = bindAteraOperations(new RouteCaller<AteraOperation>({ transport, paging: ateraPaging, hooks: check?.hooks() }));
  return {
    ...operations,
    transport,
    forgetCustomFieldDefinitions: () => check?.forget(),
  };
}
