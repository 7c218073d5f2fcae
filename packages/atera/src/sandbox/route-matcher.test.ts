import { describe, expect, it } from 'vitest';
import { ateraRoutes } from '../generated/operations';
import { checkPathParams } from './path-params';
import { AteraRouteMatcher } from './route-matcher';

const matcher = new AteraRouteMatcher();
const SAMPLE = { integer: '17', uuid: '3f2c9a8e-1b4d-4c6e-9f10-2a7b5c8d9e01', string: 'Some%20Name' } as const;

function operationOf(method: string, path: string): string {
  const match = matcher.match(method, path);
  return match.kind === 'operation' ? match.operationId : match.kind;
}

describe('AteraRouteMatcher', () => {
  it('resolves every operation of the spec from its own path with sample parameters', () => {
    for (const route of ateraRoutes) {
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE[route.pathParams.find((param) => param.name === name)?.kind ?? 'string']);
      expect(operationOf(route.httpMethod, path), `${route.httpMethod} ${route.path}`).toBe(`${route.group}.${route.method}`);
    }
  });

  it.each([
    ['GET', '/api/v3/agents/customer/5', 'agents.listByCustomer'],
    ['GET', '/api/v3/agents/machine/PC-01', 'agents.listByMachineName'],
    ['GET', '/api/v3/agents/5', 'agents.get'],
    ['GET', `/api/v3/agents/${SAMPLE.uuid}/installed-patches`, 'agents.getInstalledPatches'],
    ['GET', '/api/v3/tickets/noComments', 'tickets.listWithoutComments'],
    ['GET', '/api/v3/tickets/statusmodified', 'tickets.listStatusModified'],
    ['GET', '/api/v3/tickets/lastmodified', 'tickets.listLastModified'],
    ['GET', '/api/v3/tickets/42', 'tickets.get'],
    ['POST', '/api/v3/tickets/billableduration', 'tickets.getBillableDurations'],
    ['POST', '/api/v3/tickets/42', 'tickets.updateViaPost'],
    ['POST', '/api/v3/customers/folders', 'customers.createFolder'],
    ['POST', '/api/v3/customers/7', 'customers.updateViaPost'],
    ['GET', '/api/v3/customvalues/customfields', 'customValues.listCustomFields'],
    ['GET', `/api/v3/customvalues/${SAMPLE.uuid}`, 'customValues.get'],
    ['POST', '/api/v3/devices/snmpdevice/v1v2', 'devices.createSnmpV1V2Device'],
    ['GET', `/api/v3/devices/snmpdevice/guid/${SAMPLE.uuid}`, 'devices.getSnmpDeviceByGuid'],
  ])('lets literal segments beat parameters: %s %s is %s', (method, path, expected) => {
    expect(operationOf(method, path)).toBe(expected);
  });

  it('matches literals in any case and ignores a trailing slash', () => {
    expect(operationOf('GET', '/API/V3/Tickets/NOCOMMENTS/')).toBe(operationOf('GET', '/api/v3/tickets/noComments'));
    expect(operationOf('get', '/api/v3/agents/')).toBe('agents.list');
  });

  it('sends a parameter-shaped literal to the literal route, where its parameter check refuses it', () => {
    const match = matcher.match('GET', '/api/v3/agents/customer/abc');
    expect(match).toMatchObject({ kind: 'operation', operationId: 'agents.listByCustomer', rawParams: { customerId: 'abc' } });
  });

  it('tells a path served for other methods (405) from an unknown path (404)', () => {
    expect(matcher.match('PATCH', '/api/v3/tickets/5')).toEqual({ kind: 'method-not-allowed', allowed: expect.arrayContaining(['GET', 'PUT', 'POST', 'DELETE']) });
    expect(matcher.match('GET', '/api/v3/nothing-here')).toEqual({ kind: 'not-found' });
    expect(matcher.match('GET', '/api/v2/agents')).toEqual({ kind: 'not-found' });
  });
});

describe('checkPathParams', () => {
  const route = (path: string) => {
    const found = matcher.match('GET', path);
    if (found.kind !== 'operation') throw new Error(`no route for ${path}`);
    return found;
  };

  it('decodes values and accepts integers, GUIDs and strings', () => {
    const byName = route('/api/v3/agents/machine/PC%2001');
    expect(checkPathParams(byName.route, byName.rawParams)).toEqual({ ok: true, params: { machineName: 'PC 01' } });
    const byGuid = route(`/api/v3/agents/${SAMPLE.uuid.toUpperCase()}/available-patches`);
    expect(checkPathParams(byGuid.route, byGuid.rawParams).ok).toBe(true);
  });

  it.each(['abc', '1.5', '99999999999', '2147483648', ''])('refuses %j for an integer parameter', (value) => {
    const found = route(`/api/v3/agents/customer/${value || '%20'}`);
    expect(checkPathParams(found.route, found.rawParams).ok).toBe(false);
  });

  it('refuses a non-GUID for a uuid parameter and undecodable text anywhere', () => {
    const notGuid = route('/api/v3/agents/123/installed-patches');
    expect(checkPathParams(notGuid.route, notGuid.rawParams)).toEqual({ ok: false, value: '123' });
    const broken = route('/api/v3/agents/machine/%E0%A4%A');
    expect(checkPathParams(broken.route, broken.rawParams)).toEqual({ ok: false, value: '%E0%A4%A' });
  });
});
