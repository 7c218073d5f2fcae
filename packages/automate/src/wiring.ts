import type { ProviderContext } from '@psagate/core/provider';
import { AutomateAuth, type TwoFactorPasscodeSource } from './auth/automate-auth';
import { type AutomateClient, automateClientOver } from './client/automate-client';
import { classifyAutomateError } from './client/automate-errors';
import { automateRouteCaller } from './client/automate-route-caller';
import type { DateStyle } from './condition/condition-value';
import { type AutomateConfig, automateApiUrl, automateRatePolicy } from './config';

/** What a standalone client may set that the config does not hold. */
export interface AutomateWiringOptions {
  /** A function that supplies a fresh two-factor code when the server asks for one (overrides the config's `twoFactorPasscode`). */
  readonly twoFactorPasscode?: TwoFactorPasscodeSource | undefined;
  /** How Date values are written in conditions (default `bare`, as in Automate's examples). */
  readonly conditionDates?: DateStyle | undefined;
}

/**
 * Wires an Automate client for a parsed config: the login-token auth, the transport (built by the
 * context, so it gets the context's rate lane, events and clock), the route caller and the client.
 * `createAutomateClient` and `automateProvider.create` both build their client here.
 */
export function wireAutomate(config: AutomateConfig, context: ProviderContext, options: AutomateWiringOptions = {}): AutomateClient {
  const auth = new AutomateAuth({
    ...context.tokenAuthOptions(),
    baseUrl: config.baseUrl,
    username: config.username,
    password: config.password,
    clientId: config.clientId,
    twoFactorPasscode: options.twoFactorPasscode ?? config.twoFactorPasscode,
    refreshWindowMs: config.refreshWindowMs,
    timeoutMs: config.timeoutMs,
  });
  const transport = context.createTransport({
    baseUrl: automateApiUrl(config.baseUrl),
    auth,
    classifyError: classifyAutomateError,
    ...context.transportDefaults(config, { rateLimit: automateRatePolicy(config) }),
  });
  return automateClientOver(automateRouteCaller(transport, { dates: options.conditionDates }));
}
