import { parseConfig, type StandaloneContextOptions, standaloneProviderContext } from '@psagate/core/provider';
import { type HelpdeskConfigInput, helpdeskConfigSchema } from '../config';
import { wireHelpdesk } from '../wiring';
import type { HelpdeskClient } from './helpdesk-client';

/**
 * A native Helpdesk client without a gateway: `createHelpdeskClient({ apiKey })`. The config is
 * checked at once (every problem in one ConfigError); the client has its own rate budget, cache and
 * token store unless `options` share yours.
 */
export function createHelpdeskClient(config: HelpdeskConfigInput, options: StandaloneContextOptions = {}): HelpdeskClient {
  return wireHelpdesk(parseConfig('helpdesk', helpdeskConfigSchema, config), standaloneProviderContext('helpdesk', options));
}
