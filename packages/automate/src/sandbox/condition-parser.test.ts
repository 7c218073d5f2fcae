import { describe, expect, it } from 'vitest';
import { ConditionSyntaxError, conditionPaths, parseCondition } from './condition-parser';

const computer = {
  Id: 7,
  ComputerName: 'SRV-DC01',
  Status: 'Online',
  IsVirtualMachine: true,
  Client: { Id: '12', Name: 'Acme' },
  RemoteAgentLastContact: '2024-01-15T10:00:00',
  OperatingSystemName: 'Microsoft Windows Server 2022',
};

describe('the sandbox condition parser', () => {
  it.each([
    ["Status = 'Online'", true],
    ["status eq 'online'", true],
    ['Client.Id = 12', true],
    ["Client.Id = '12'", true],
    ['client.id in (1, 12, 30)', true],
    ['Id not in (1, 2)', true],
    ['Id > 6 and Id <= 7', true],
    ['Id < 7', false],
    ['Id >= 8', false],
    ["ComputerName like '%DC%'", true],
    ["ComputerName like 'SRV-D_01'", true],
    ["ComputerName like 'DC%'", false],
    ["OperatingSystemName not like '%Mac%'", true],
    ["OperatingSystemName contains 'server'", true],
    ["OperatingSystemName not contains 'Server'", false],
    ['IsVirtualMachine = true', true],
    ['IsVirtualMachine = false', false],
    ['RemoteAgentLastContact <= 2024-01-31T00:00:00Z', true],
    ["RemoteAgentLastContact > '2024-01-16'", false],
    ["Status = 'Offline' or (Client.Id = 12 and Id = 7)", true],
    ["Status = 'Offline' or Client.Id = 12 and Id = 8", false],
    ['"SRV-DC01" = "x" or ComputerName = "SRV-DC01"', undefined],
    ["Client.Name = 'Ac\\'me'", false],
    ['Missing.Path = 1', false],
  ])('%s → %s', (text, expected) => {
    if (expected === undefined) {
      expect(() => parseCondition(text)).toThrow(ConditionSyntaxError);
      return;
    }
    expect(parseCondition(text)(computer)).toBe(expected);
  });

  it.each(["Status = 'Online", 'Status', "Status != 'x'", "not Status = 'x'", "Status = 'x' and", '(Id = 1', 'Id in 1, 2', "Id = 1 or 1=1 or ''", 'Id = 1;'])(
    'refuses the malformed condition %j',
    (text) => {
      expect(() => parseCondition(text)).toThrow(ConditionSyntaxError);
    },
  );

  it('reads backslash escapes inside quoted strings', () => {
    expect(parseCondition("Name = 'O\\'Brien \\\\ Sons'")({ Name: "O'Brien \\ Sons" })).toBe(true);
  });

  it('lists the property paths a condition names', () => {
    expect(conditionPaths("Client.Id = 1 and (Status not in ('a') or ComputerName like '%and%')")).toEqual(['Client.Id', 'Status', 'ComputerName']);
  });
});
