import type { AutomateReference } from '../schemas/records';

/** Who the neutral records and id errors are from. */
/** Who Automate errors name, and the largest id it accepts (its ids are int32). */
export const AUTOMATE = { provider: 'automate', displayName: 'ConnectWise Automate', maxValue: 2_147_483_647 } as const;

/** Text worth showing, or null for absent, non-string or blank values. */
export const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The name of a `{ Id, Name }` reference, or null. */
export const nameOf = (reference: AutomateReference | null | undefined): string | null => textOf(reference?.Name);
