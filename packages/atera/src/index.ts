/**
 * The Atera provider for psagate. Its native client, mapping, provider and sandbox land with their
 * own issue; until then this package only reserves the name.
 */
export const providerName = 'atera';
