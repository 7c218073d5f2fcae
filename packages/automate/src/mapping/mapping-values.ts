import type { AutomateReference } from '../schemas/records';

/** Who the neutral records and id errors are from. */
export const AUTOMATE = { provider: 'automate', displayName: 'ConnectWise Automate' } as const;

/** Text worth showing, or null for absent, non-string or blank values. */
export const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The name of a `{ Id, Name }` reference, or null. */
export const nameOf = (reference: AutomateReference | null | undefined): string | null => textOf(reference?.Name);
