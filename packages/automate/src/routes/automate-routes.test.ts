import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { automateRoutes } from './automate-routes';

interface SpecOperation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
}

const spec = JSON.parse(readFileSync(new URL('../../spec/automate-operations.json', import.meta.url), 'utf8')) as { operations: SpecOperation[] };

describe('automateRoutes', () => {
  it('matches Automate’s OpenAPI document for every route it names', () => {
    for (const route of automateRoutes.filter((entry) => entry.specOperationId !== null)) {
      const operation = spec.operations.find((candidate) => candidate.operationId === route.specOperationId);
      expect(operation, `${route.group}.${route.method}`).toBeDefined();
      expect(operation?.method).toBe(route.httpMethod);
      // The document lists paths below /api; servers put them below /cwa/api.
      const specPath = operation?.path.replace(/\{[^}]+\}/g, '{}');
      expect(`/api${route.path.replace(/\{[^}]+\}/g, '{}')}`).toBe(specPath);
    }
  });

  it('leaves out of the document only the routes public clients are known to use', () => {
    const outside = automateRoutes.filter((route) => route.specOperationId === null).map((route) => `${route.httpMethod} ${route.path}`);
    expect(outside).toEqual(['GET /v1/Computers/{computerId}', 'POST /v1/Batch/ScriptExecute']);
  });

  it('names each operation once, and declares every path parameter its template holds', () => {
    const ids = automateRoutes.map((route) => `${route.group}.${route.method}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const route of automateRoutes) {
      expect([...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1])).toEqual(route.pathParams.map((param) => param.name));
      expect(route.pathParams.every((param) => param.kind === 'integer')).toBe(true);
    }
  });

  it('retries only what is safe to send twice', () => {
    for (const route of automateRoutes) {
      expect(route.idempotent, `${route.group}.${route.method}`).toBe(['GET', 'PUT', 'DELETE'].includes(route.httpMethod));
    }
  });
});
