import type { SoakTarget } from '../soak-target';
import { ateraSoakTarget } from './atera-target';
import { automateSoakTarget } from './automate-target';
import { haloSoakTarget } from './halo-target';

/** Every provider with a sandbox, by name. */
export const soakTargets: Readonly<Record<string, SoakTarget>> = {
  atera: ateraSoakTarget,
  halopsa: haloSoakTarget,
  automate: automateSoakTarget,
};
