/**
 * An AbortController that also aborts when `outer` does. Call `dispose()` when done so the outer
 * signal does not keep a listener (and this controller) alive.
 */
export function linkedAbortController(outer: AbortSignal | undefined): { controller: AbortController; dispose: () => void } {
  const controller = new AbortController();
  if (!outer) return { controller, dispose: () => undefined };
  const onAbort = (): void => controller.abort(outer.reason);
  if (outer.aborted) onAbort();
  else outer.addEventListener('abort', onAbort, { once: true });
  return { controller, dispose: () => outer.removeEventListener('abort', onAbort) };
}
