/** Atera as core's id helpers name it in their messages (`integerIdOf`, `recordIdOf`). */
export const ATERA_ID_SITE = { provider: 'atera', displayName: 'Atera' } as const;

/** Atera sends 0 for a link to no record (no customer, no technician): `neutralIdOf` reads it as null. */
export const ATERA_LINK = { zeroIsNone: true } as const;
