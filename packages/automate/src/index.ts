/**
 * The ConnectWise Automate provider for psagate: a native client for computers, clients, locations,
 * contacts, users, alerts, tickets and scripts, a typed builder for Automate's `condition`
 * language, and the mapping to psagate's neutral models.
 */
export { automateProvider } from './provider/automate-provider';
export { createAutomateClient } from './client/create-automate-client';
export type { CreateAutomateClientOptions } from './client/create-automate-client';
export type { AutomateClient } from './client/automate-client';
export type { AutomateOperations, ListParams, FieldParams } from './client/automate-operations';
export type { CallOptions } from './client/operation';
export type { ListOptions } from './client/list-options';
export { AutomateAuth } from './auth/automate-auth';
export type { AutomateAuthOptions, TwoFactorPasscodeSource } from './auth/automate-auth';
export {
  automateConfigSchema,
  automateApiUrl,
  AUTOMATE_API_PATH,
  AUTOMATE_DEFAULT_REQUESTS_PER_MINUTE,
  AUTOMATE_DEFAULT_MAX_CONCURRENCY,
} from './config';
export type { AutomateConfig, AutomateConfigInput } from './config';
export { classifyAutomateError } from './client/automate-errors';
export { automatePages, AUTOMATE_MAX_PAGE_SIZE, AUTOMATE_DEFAULT_PAGE_SIZE } from './client/automate-pages';

export {
  Condition,
  FieldCondition,
  UnescapedCondition,
  field,
  and,
  or,
  allOf,
  unescapedCondition,
  isCondition,
  renderCondition,
  comparisonOperators,
} from './condition/condition';
export type { AnyCondition, ComparisonOperator, RenderOptions } from './condition/condition';
export type { ConditionValue, DateStyle } from './condition/condition-value';
export { renderOrderBy, renderFieldList } from './condition/query-options';
export type { OrderBy, SortDirection } from './condition/query-options';

export { automateRoutes } from './routes/automate-routes';
export type { AutomateRoute } from './routes/automate-route';
export type { AutomateGroup, AutomateOperationId } from './routes/route-lookup';
export * as automateSchemas from './schemas/records';
export type * from './schemas/records';
export type { ClientWrite, LocationWrite, ContactWrite, PatchOperation, ScheduledScriptWrite, BatchScriptWrite } from './schemas/inputs';
export * as automateMapping from './mapping/automate-mapping';
