export type { CallOptions } from '@psagate/core';
