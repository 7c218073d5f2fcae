import { describe, expect, it } from 'vitest';
import { ateraRoutes } from '../../generated/operations';
import { sandboxOperationHandlers } from './index';

describe('sandboxOperationHandlers', () => {
  it('has a handler for each of the 134 operations of the spec and nothing else', () => {
    const ids = ateraRoutes.map((route) => `${route.group}.${route.method}`).sort();
    expect(ids).toHaveLength(134);
    expect(Object.keys(sandboxOperationHandlers).sort()).toEqual(ids);
    for (const handler of Object.values(sandboxOperationHandlers)) expect(typeof handler).toBe('function');
  });
});
