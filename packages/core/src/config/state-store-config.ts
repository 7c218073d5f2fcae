import { z } from 'zod';
import { secretSchema } from './config-schemas';

/** Plug-ins psagate publishes, so a missing one can be named in the error. */
export const knownStateStorePackages: Readonly<Record<string, string>> = {
  redis: '@psagate/redis',
};

/**
 * `stateStore` in a gateway config: `{ type: 'redis', url: 'redis://…' }` shares rate budgets and
 * tokens across processes. The URL may carry a password, so it becomes a Secret at once.
 */
export const stateStoreConfigSchema = z.strictObject({
  type: z.string().trim().min(1, 'must name a state store, e.g. "redis"'),
  url: secretSchema.refine((url) => URL.canParse(url.reveal()), 'must be an absolute URL such as redis://localhost:6379'),
  keyPrefix: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'must be 1 to 64 letters, digits or : . _ -')
    .optional(),
});

export type StateStoreConfigInput = z.input<typeof stateStoreConfigSchema>;

/** Settings of the gateway itself, beside the provider's own. */
export interface GatewaySettingsInput {
  /** Share rate budgets and tokens across processes. Without it, each process keeps its own in memory. */
  readonly stateStore?: StateStoreConfigInput | undefined;
}
