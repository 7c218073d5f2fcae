import { ResponseShapeError } from '../errors/error-types';
import type { WalkContext } from './pagination-strategy';

/** `atera agents.list`, or a neutral label when the walk has no context. */
export function walkLabel(context: WalkContext): string {
  const { provider, operation } = context.errorContext ?? {};
  return provider ? `${provider} ${operation ?? 'list'}` : 'The list';
}

export function tooManyPagesError(context: WalkContext, maxPages: number): ResponseShapeError {
  return new ResponseShapeError(
    `${walkLabel(context)} walked more than ${maxPages} pages without reaching the end. ` +
      'The server may be ignoring the page parameter; raise maxPages if the list really is this long.',
    { ...context.errorContext, code: 'TOO_MANY_PAGES' },
  );
}
