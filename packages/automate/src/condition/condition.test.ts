import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCondition } from '../sandbox/condition-parser';
import { type ComparisonOperator, and, field, or, unescapedCondition } from './condition';
import { renderFieldList, renderOrderBy } from './query-options';

describe('the condition builder', () => {
  it.each([
    ['= for numbers', field('Client.Id').eq(12), 'Client.Id = 12'],
    ['= for strings', field('Status').eq('Online'), "Status = 'Online'"],
    ['= for booleans', field('IsVirtualMachine').eq(true), 'IsVirtualMachine = true'],
    ['< for numbers', field('CpuUsage').lt(5), 'CpuUsage < 5'],
    ['<=', field('FreeMemory').lte(1024.5), 'FreeMemory <= 1024.5'],
    ['>', field('TotalMemory').gt(-1), 'TotalMemory > -1'],
    ['>= for dates, bare as in Automate examples', field('RemoteAgentLastContact').gte(new Date('2024-01-31T00:00:00Z')), 'RemoteAgentLastContact >= 2024-01-31T00:00:00Z'],
    ['like with wildcards', field('ComputerName').like('%DC%'), "ComputerName like '%DC%'"],
    ['not like', field('OperatingSystemName').notLike('%Mac%'), "OperatingSystemName not like '%Mac%'"],
    ['contains', field('Message').contains('disk'), "Message contains 'disk'"],
    ['not contains', field('Message').notContains('disk'), "Message not contains 'disk'"],
    ['in', field('Id').in([1, 5, 9]), 'Id in (1, 5, 9)'],
    ['not in with strings', field('Status.Name').notIn(['New', 'Open']), "Status.Name not in ('New', 'Open')"],
    ['and', and(field('Client.Id').eq(12), field('Status').eq('Offline')), "Client.Id = 12 and Status = 'Offline'"],
    ['or', or(field('A').eq(1), field('B').eq(2)), 'A = 1 or B = 2'],
    ['or inside and gets parentheses', and(field('A').eq(1), or(field('B').eq(2), field('C').eq(3))), 'A = 1 and (B = 2 or C = 3)'],
    ['and inside or gets parentheses', or(and(field('A').eq(1), field('B').eq(2)), field('C').eq(3)), '(A = 1 and B = 2) or C = 3'],
    ['undefined parts are skipped', and(field('A').eq(1), undefined, field('B').eq(2)), 'A = 1 and B = 2'],
    ['a single part needs no group', and(undefined, field('A').eq(1)), 'A = 1'],
    ['chained', field('A').eq(1).and(field('B').eq(2)).or(field('C').eq(3)), '(A = 1 and B = 2) or C = 3'],
    ['compare by name, eq written as =', field('Status').compare('eq', 'Online'), "Status = 'Online'"],
    ['a quote picks the other quote character', field('Name').eq("O'Brien"), `Name = "O'Brien"`],
    ['double quotes stay inside single quotes', field('Name').eq('say "hi"'), `Name = 'say "hi"'`],
    ['backslashes are doubled', field('LastUserName').eq('CORP\\jdoe'), "LastUserName = 'CORP\\\\jdoe'"],
    ['unicode stays as is', field('Name').eq('Chloé Müller 東京 🚀'), "Name = 'Chloé Müller 東京 🚀'"],
  ])('writes %s', (_name, condition, expected) => {
    expect(condition.render()).toBe(expected);
    expect(String(condition)).toBe(expected);
  });

  it('quotes dates when asked, for servers that want them quoted', () => {
    expect(field('DateAdded').gte(new Date('2024-01-31T10:20:30.456Z')).render({ dates: 'quoted' })).toBe("DateAdded >= '2024-01-31T10:20:30.456Z'");
  });

  it('URL-encodes the condition text for a query string', () => {
    const condition = and(field('ComputerName').like('%DC%'), field('Name').eq('a&b=c'));
    expect(condition.encoded()).toBe(encodeURIComponent("ComputerName like '%DC%' and Name = 'a&b=c'"));
    expect(decodeURIComponent(condition.encoded())).toBe(condition.render());
  });

  it.each(['Client Id', 'Name;', "Name'", 'Name)', '1Name', 'Client..Id', '.Id', 'Id.', '', 'Name --', 'a'.repeat(201)])(
    'refuses the field path %j',
    (path) => {
      expect(() => field(path)).toThrow(expect.objectContaining({ kind: 'validation', code: 'INVALID_FIELD_PATH' }));
    },
  );

  it.each(['!=', 'startswith', 'endswith', 'not', 'not =', '==', 'or', 'LIKE;'])('refuses the operator %j', (operator) => {
    expect(() => field('Name').compare(operator as ComparisonOperator, 'x')).toThrow(expect.objectContaining({ code: 'INVALID_CONDITION_OPERATOR' }));
  });

  it.each([
    ['NaN', () => field('A').eq(Number.NaN)],
    ['Infinity', () => field('A').gt(Number.POSITIVE_INFINITY)],
    ['a number written with an exponent', () => field('A').eq(1e21)],
    ['an invalid Date', () => field('A').gte(new Date('nope'))],
    ['null', () => field('A').eq(null as unknown as string)],
    ['an object', () => field('A').eq({} as unknown as string)],
    ['an empty in list', () => field('A').in([])],
    ['a list for =', () => field('A').compare('=', [1, 2])],
    ['a number for like', () => field('A').like(5 as unknown as string)],
    ['a line break', () => field('A').eq('one\ntwo')],
    ['a NUL character', () => field('A').eq('a\u0000b')],
    ['a lone surrogate', () => field('A').eq('a\ud800b')],
    ['both quote characters', () => field('A').eq(`it's "quoted"`)],
  ])('refuses %s as a value', (_name, build) => {
    expect(build).toThrow(expect.objectContaining({ kind: 'validation', provider: 'automate' }));
  });

  it('refuses to join plain strings or nothing at all', () => {
    expect(() => and("Status = 'Online'" as never)).toThrow(expect.objectContaining({ code: 'INVALID_CONDITION' }));
    expect(() => or()).toThrow(expect.objectContaining({ code: 'INVALID_CONDITION' }));
  });

  it('passes unescaped conditions through untouched, and refuses empty ones', () => {
    expect(unescapedCondition("Status = 'Online' and (Id in (1,2))").render()).toBe("Status = 'Online' and (Id in (1,2))");
    expect(() => unescapedCondition('  ')).toThrow(expect.objectContaining({ code: 'INVALID_CONDITION' }));
  });

  it('writes orderBy and field lists, refusing anything but property names', () => {
    expect(renderOrderBy('ComputerName')).toBe('ComputerName asc');
    expect(renderOrderBy([{ field: 'Client.Name', direction: 'desc' }, 'Id'])).toBe('Client.Name desc,Id asc');
    expect(renderFieldList(['Id', 'ComputerName', 'Client.Id'], 'includedFields')).toBe('Id,ComputerName,Client.Id');
    expect(() => renderOrderBy({ field: 'Id', direction: 'sideways' as 'asc' })).toThrow(expect.objectContaining({ code: 'INVALID_ORDER_BY' }));
    expect(() => renderOrderBy('Id; drop')).toThrow(expect.objectContaining({ code: 'INVALID_FIELD_PATH' }));
    expect(() => renderFieldList(['Id,Name'], 'includedFields')).toThrow(expect.objectContaining({ code: 'INVALID_FIELD_PATH' }));
  });
});

describe('hostile values stay literal values', () => {
  const hostile = [
    "' or 1=1 or '",
    '" or 1=1 or "',
    "x') or (Id > 0",
    'x") or ("1"="1',
    "Robert'); DROP TABLE computers;--",
    'ends with a backslash \\',
    "\\' or 1=1 or \\'",
    '\\\\',
    '%_%',
    'Name = 1 and Id = 2',
    ')))(((',
    '東京 — Ünïcödé 🚀',
    'x'.repeat(10_000),
  ];

  it.each(hostile.map((value) => [value.length > 40 ? `${value.slice(0, 40)}…` : value, value]))('keeps %j one value of one comparison', (_label, value) => {
    const condition = and(field('Name').eq(value), field('Status').eq('Online'));
    const matches = parseCondition(condition.render());
    expect(matches({ Name: value, Status: 'Online' })).toBe(true);
    expect(matches({ Name: 'other', Status: 'Online' })).toBe(false);
    expect(matches({ Name: value, Status: 'Offline' })).toBe(false);
    expect(matches({ Name: `${value}x`, Status: 'Online' })).toBe(false);
  });

  it('keeps any text without both quote kinds literal (property test)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 }).filter((value) => !(value.includes("'") && value.includes('"')) && !hasControlCharacter(value));
    fc.assert(
      fc.property(text, text, (value, other) => {
        const matches = parseCondition(and(field('Name').eq(value), field('Tag').contains(other)).render());
        expect(matches({ Name: value, Tag: `[${other}]` })).toBe(true);
        if (value.toLowerCase() !== `${value}!`.toLowerCase()) expect(matches({ Name: `${value}!`, Tag: other })).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

function hasControlCharacter(value: string): boolean {
  return [...value].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (code < 0x20 && code !== 0x09) || code === 0x7f;
  });
}
