/** What a walk got wrong, compared with the sandbox. */
export interface WalkDiscrepancies {
  /** Records the sandbox held before and after the walk that the walk never returned. */
  readonly lost: readonly string[];
  /** Records the walk returned more than once (each extra copy counts). */
  readonly duplicated: readonly string[];
  /** Records the walk returned that the sandbox held neither before nor after it. */
  readonly unexpected: readonly string[];
}

/**
 * Compares the ids a walk returned with the sandbox's ids when it started and when it ended. A
 * record present at both ends must be seen exactly once; one present at only one end (written
 * during the walk) may be seen once or not at all.
 */
export function checkWalk(before: readonly string[], after: readonly string[], seen: readonly string[]): WalkDiscrepancies {
  const afterSet = new Set(after);
  const known = new Set([...before, ...after]);
  const counts = new Map<string, number>();
  for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  const lost = before.filter((id) => afterSet.has(id) && !counts.has(id));
  const duplicated: string[] = [];
  const unexpected: string[] = [];
  for (const [id, count] of counts) {
    for (let extra = 1; extra < count; extra++) duplicated.push(id);
    if (!known.has(id)) unexpected.push(id);
  }
  return { lost: [...new Set(lost)], duplicated, unexpected };
}
