import { mulberry32 } from '@psagate/core/sandbox-kit';
import { type SoakResource, soakResources } from './soak-target';

export type SoakOperationKind = 'walk' | 'get' | 'listComments' | 'create' | 'update' | 'comment' | 'resolve';

/** One step of a soak. `pick` (0..1) chooses its record among the sandbox's at the time it runs. */
export type SoakOperation =
  | { readonly kind: 'walk'; readonly index: number; readonly resource: SoakResource; readonly pageSize: number }
  | { readonly kind: 'get'; readonly index: number; readonly resource: SoakResource; readonly pick: number }
  | { readonly kind: 'listComments' | 'update' | 'comment' | 'resolve'; readonly index: number; readonly pick: number }
  | { readonly kind: 'create'; readonly index: number };

/** Relative weights of the operation kinds in a workload. */
export const defaultOperationWeights: Readonly<Record<SoakOperationKind, number>> = {
  walk: 8,
  get: 34,
  listComments: 8,
  create: 12,
  update: 14,
  comment: 14,
  resolve: 10,
};

const PAGE_SIZES = [5, 10, 25, 50] as const;

/**
 * A seeded workload of `count` operations drawn from the kinds a provider supports (the others'
 * weight is dropped). The same seed and kinds always give the same operations.
 */
export function generateWorkload(options: {
  readonly seed: number;
  readonly count: number;
  readonly kinds: ReadonlySet<SoakOperationKind>;
  readonly weights?: Readonly<Record<SoakOperationKind, number>> | undefined;
}): SoakOperation[] {
  const random = mulberry32(options.seed);
  const weights = Object.entries(options.weights ?? defaultOperationWeights).filter(([kind, weight]) => options.kinds.has(kind as SoakOperationKind) && weight > 0) as [
    SoakOperationKind,
    number,
  ][];
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  if (total === 0) return [];
  const chooseKind = (): SoakOperationKind => {
    let roll = random() * total;
    for (const [kind, weight] of weights) {
      roll -= weight;
      if (roll < 0) return kind;
    }
    return (weights[weights.length - 1] as [SoakOperationKind, number])[0];
  };
  const resource = (): SoakResource => soakResources[Math.floor(random() * soakResources.length)] as SoakResource;
  const operations: SoakOperation[] = [];
  for (let index = 0; index < options.count; index++) {
    const kind = chooseKind();
    switch (kind) {
      case 'walk':
        operations.push({ kind, index, resource: resource(), pageSize: PAGE_SIZES[Math.floor(random() * PAGE_SIZES.length)] as number });
        break;
      case 'get':
        operations.push({ kind, index, resource: resource(), pick: random() });
        break;
      case 'create':
        operations.push({ kind, index });
        break;
      default:
        operations.push({ kind, index, pick: random() });
    }
  }
  return operations;
}

/** The record `pick` chooses among `ids`, or undefined when there is none. */
export function pickId(ids: readonly string[], pick: number): string | undefined {
  return ids.length === 0 ? undefined : ids[Math.min(ids.length - 1, Math.floor(pick * ids.length))];
}
