import { describe, expect, it } from 'vitest';
import { checkWalk } from './walk-check';

describe('checkWalk', () => {
  it('finds nothing wrong when the walk returned each record once', () => {
    expect(checkWalk(['1', '2', '3'], ['1', '2', '3'], ['3', '1', '2'])).toEqual({ lost: [], duplicated: [], unexpected: [] });
  });

  it('counts a record held throughout but never returned as lost', () => {
    expect(checkWalk(['1', '2', '3'], ['1', '2', '3'], ['1', '3']).lost).toEqual(['2']);
  });

  it('counts every extra copy of a record as a duplicate', () => {
    expect(checkWalk(['1', '2'], ['1', '2'], ['1', '2', '2', '2']).duplicated).toEqual(['2', '2']);
  });

  it('reports a record the sandbox never held', () => {
    expect(checkWalk(['1'], ['1'], ['1', '9']).unexpected).toEqual(['9']);
  });

  it('lets a record written during the walk be seen once or not at all', () => {
    expect(checkWalk(['1'], ['1', '2'], ['1'])).toEqual({ lost: [], duplicated: [], unexpected: [] });
    expect(checkWalk(['1'], ['1', '2'], ['1', '2'])).toEqual({ lost: [], duplicated: [], unexpected: [] });
  });
});
