import { type ReferenceCache, ValidationError } from '@psagate/core';
import type { RouteCallerHooks } from '@psagate/core/provider';
import type { CustomFieldDto } from '../generated/schemas';
import type { AteraRoute } from '../routes/atera-route';
import type { AteraOperation } from '../routes/atera-operation';

/** Custom field targets by the path segment of the custom value routes (`/customvalues/ticketfield/...`). */
const TARGET_BY_SEGMENT: Readonly<Record<string, string>> = {
  ticket: 'Ticket',
  customer: 'Customer',
  contact: 'Contact',
  contract: 'Contract',
  sla: 'SLA',
  agent: 'Agent',
  snmp: 'SNMPDevice',
  tcp: 'TCPDevice',
  http: 'HTTPDevice',
  generic: 'GenericDevice',
};

const FIELD_ROUTE = /^\/api\/v3\/customvalues\/([a-z]+)field\//;
export const CUSTOM_FIELDS_CACHE_KEY = 'custom-field-definitions';

/**
 * Checks custom field names against the account's definitions (cached) before a custom value is read
 * or written, so a typo fails with the list of valid names instead of a bare 404.
 */
export class CustomFieldCheck {
  constructor(
    private readonly cache: ReferenceCache,
    private readonly loadDefinitions: (signal: AbortSignal) => Promise<CustomFieldDto[]>,
  ) {}

  /** The custom field target a route addresses (`Ticket`), or undefined for other routes. */
  static targetOf(route: AteraRoute): string | undefined {
    const segment = FIELD_ROUTE.exec(route.path)?.[1];
    return segment === undefined ? undefined : TARGET_BY_SEGMENT[segment];
  }

  /** `signal` (the call's) stops the wait for the definitions. */
  async check(route: AteraRoute, operationId: string, fieldName: string, signal?: AbortSignal): Promise<void> {
    const target = CustomFieldCheck.targetOf(route);
    if (target === undefined) return;
    const definitions = await this.cache.getOrLoad(CUSTOM_FIELDS_CACHE_KEY, this.loadDefinitions, { signal });
    const names = definitions.filter((definition) => definition.Target === target).map((definition) => definition.Name ?? '');
    const wanted = fieldName.trim().toLowerCase();
    if (names.some((name) => name.toLowerCase() === wanted)) return;
    const known = names.length > 0 ? `Its ${target} fields are: ${names.map((name) => JSON.stringify(name)).join(', ')}.` : `It has no ${target} custom fields.`;
    throw new ValidationError(
      `atera ${operationId}: the account has no ${target} custom field named ${JSON.stringify(fieldName)}. ${known} Nothing was sent.`,
      { provider: 'atera', operation: operationId, code: 'UNKNOWN_CUSTOM_FIELD', issues: [{ path: 'fieldName', message: `no ${target} custom field with this name` }] },
    );
  }

  /** The route caller hook that runs the check before every call naming a custom field (`fieldName`). */
  hooks(): RouteCallerHooks<AteraOperation> {
    return {
      beforeSend: async (parsed, operation, options) => {
        if (typeof parsed.fieldName === 'string') await this.check(operation.route, operation.id, parsed.fieldName, options?.signal);
      },
    };
  }

  /** Forgets the cached definitions (after fields are added in Atera's UI, for instance). */
  forget(): void {
    this.cache.delete(CUSTOM_FIELDS_CACHE_KEY);
  }
}
