/** What a plain request to the API's origin showed. */
export type OriginProbe =
  | { readonly reachable: true; readonly status: number; readonly elapsedMs: number; readonly skewMs: number | undefined }
  | { readonly reachable: false; readonly reason: string };

/**
 * Sends one unauthenticated GET to the origin (no credentials leave the process) and compares the
 * server's `Date` header with the local clock, taking the middle of the round trip.
 */
export async function probeOrigin(origin: string, timeoutMs: number, now: () => number = Date.now): Promise<OriginProbe> {
  const sentAt = now();
  try {
    const response = await fetch(`${origin}/`, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const receivedAt = now();
    await response.body?.cancel();
    const date = response.headers.get('date');
    const serverTime = date ? Date.parse(date) : Number.NaN;
    return {
      reachable: true,
      status: response.status,
      elapsedMs: receivedAt - sentAt,
      skewMs: Number.isNaN(serverTime) ? undefined : serverTime - (sentAt + receivedAt) / 2,
    };
  } catch (error) {
    return { reachable: false, reason: describeFetchFailure(error, timeoutMs) };
  }
}

function describeFetchFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
