import { describe, expect, it } from 'vitest';
import { type SoakOperationKind, generateWorkload, pickId } from './workload';

const every = new Set<SoakOperationKind>(['walk', 'get', 'listComments', 'create', 'update', 'comment', 'resolve']);

describe('generateWorkload', () => {
  it('gives the same operations for the same seed, and others for another seed', () => {
    const first = generateWorkload({ seed: 42, count: 500, kinds: every });
    expect(generateWorkload({ seed: 42, count: 500, kinds: every })).toEqual(first);
    expect(generateWorkload({ seed: 43, count: 500, kinds: every })).not.toEqual(first);
  });

  it('draws every supported kind, and none of the others', () => {
    const reads = new Set<SoakOperationKind>(['walk', 'get', 'listComments', 'create', 'update']);
    const kinds = new Set(generateWorkload({ seed: 1, count: 2_000, kinds: reads }).map((operation) => operation.kind));
    expect(kinds).toEqual(reads);
  });

  it('numbers operations in order', () => {
    expect(generateWorkload({ seed: 1, count: 5, kinds: every }).map((operation) => operation.index)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('pickId', () => {
  it('maps a pick in [0, 1) onto the ids, and gives nothing for no ids', () => {
    expect(pickId(['a', 'b', 'c'], 0)).toBe('a');
    expect(pickId(['a', 'b', 'c'], 0.99)).toBe('c');
    expect(pickId([], 0.5)).toBeUndefined();
  });
});
