import { ConfigError } from '../../errors/error-types';
import type { HttpStep, HttpStepPlacement, SendNext } from './http-step';

/**
 * The built-in steps with a provider's own steps placed among them, in order. Placements are
 * applied one after another, so a step may be anchored to one placed before it. Refuses (with
 * ConfigError) a placement without exactly one anchor, an anchor that names no step, and a name
 * used twice.
 */
export function placeSteps(builtIn: readonly HttpStep[], placements: readonly HttpStepPlacement[], provider: string): HttpStep[] {
  const steps = [...builtIn];
  for (const placement of placements) {
    const { step, before, after } = placement;
    const known = (): string => steps.map((existing) => existing.name).join(', ');
    if (steps.some((existing) => existing.name === step.name)) {
      throw new ConfigError(`The ${provider} transport already has a step named '${step.name}'; give the added step a name of its own.`, { provider });
    }
    const anchor = before ?? after;
    if (anchor === undefined || (before !== undefined && after !== undefined)) {
      throw new ConfigError(`The ${provider} transport step '${step.name}' needs exactly one of before or after, naming one of: ${known()}.`, { provider });
    }
    const index = steps.findIndex((existing) => existing.name === anchor);
    if (index < 0) {
      throw new ConfigError(
        `The ${provider} transport step '${step.name}' is placed ${before !== undefined ? 'before' : 'after'} '${anchor}', which is not a step. Known steps: ${known()}.`,
        { provider },
      );
    }
    steps.splice(before !== undefined ? index : index + 1, 0, step);
  }
  return steps;
}

/** Composes steps, outermost first, into one function that sends a call through each of them and then `send`. */
export function composeSteps(steps: readonly HttpStep[], send: SendNext): SendNext {
  return steps.reduceRight<SendNext>((next, step) => (call) => step.send(call, next), send);
}
