import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateAteraSources } from '../../scripts/generator/emit-sources';
import type { OpenApiDocument } from '../../scripts/generator/openapi-types';
import { ateraRoutes } from './operations';

const spec = JSON.parse(readFileSync(new URL('../../spec/atera-v3.openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;

describe('generated Atera sources', () => {
  it('match what the generator makes from the vendored spec (run `pnpm generate` when this fails)', () => {
    for (const [file, expected] of Object.entries(generateAteraSources(spec))) {
      const committed = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
      expect(committed, `src/generated/${file} is stale`).toBe(expected);
    }
  });

  it('hold one route for each of the 134 operations of the spec, with its exact method and path', () => {
    const inSpec = Object.entries(spec.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    const inRoutes = ateraRoutes.map((route) => `${route.httpMethod} ${route.path}`);
    expect(inSpec).toHaveLength(134);
    expect([...inRoutes].sort()).toEqual([...inSpec].sort());
    expect(new Set(ateraRoutes.map((route) => `${route.group}.${route.method}`)).size).toBe(134);
  });

  it('group the operations as the client exposes them', () => {
    expect([...new Set(ateraRoutes.map((route) => route.group))].sort()).toEqual(
      ['account', 'agents', 'alerts', 'billing', 'contacts', 'contracts', 'customValues', 'customers', 'departments', 'devices', 'knowledgeBase', 'rates', 'tickets', 'workHours'].sort(),
    );
  });

  it('declare every path parameter of the spec with the kind the spec gives it', () => {
    for (const route of ateraRoutes) {
      const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      expect(route.pathParams.map((param) => param.name), `${route.httpMethod} ${route.path}`).toEqual(names);
    }
    const agentGet = ateraRoutes.find((route) => route.group === 'agents' && route.method === 'get');
    const patches = ateraRoutes.find((route) => route.group === 'agents' && route.method === 'getInstalledPatches');
    expect(agentGet?.pathParams).toEqual([{ name: 'agentId', kind: 'integer' }]);
    expect(patches?.pathParams).toEqual([{ name: 'deviceGuid', kind: 'uuid' }]);
  });

  it('never retry a POST that creates something', () => {
    const creates = ateraRoutes.filter((route) => route.httpMethod === 'POST' && route.successStatus === 201);
    expect(creates.length).toBeGreaterThan(10);
    for (const route of creates) expect(route.idempotent, `${route.group}.${route.method}`).toBe(false);
  });
});
