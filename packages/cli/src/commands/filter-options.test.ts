import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { exportFormatOf } from './export-command';
import { addFilterOptions, queryFrom } from './filter-options';

const parse = (args: string[], resource?: 'tickets' | 'alerts' | 'devices' | 'customers') => {
  const command = addFilterOptions(new Command('list').exitOverride().configureOutput({ writeErr: () => undefined }), resource);
  command.parse(args, { from: 'user' });
  return command.opts();
};

describe('filter options', () => {
  it('offers only the filters a resource supports', () => {
    const names = (resource: 'tickets' | 'customers') => addFilterOptions(new Command('list'), resource).options.map((option) => option.long);
    expect(names('customers')).toEqual(['--search', '--updated-since', '--created-since']);
    expect(names('tickets')).toContain('--priority');
    expect(names('tickets')).not.toContain('--severity');
  });

  it('turns flags into the neutral query, lists split on commas', () => {
    const options = parse(['--status', 'open,pending', '--customer', '101', '--updated-since', '2026-01-01'], 'tickets');
    expect(queryFrom(options, 'tickets')).toEqual({ status: ['open', 'pending'], customerId: '101', updatedSince: '2026-01-01' });
  });

  it('checks status values against the resource they end up filtering when the command serves every resource', () => {
    const options = parse(['--status', 'resolved']);
    expect(queryFrom(options, 'alerts')).toEqual({ status: ['resolved'] });
    expect(() => queryFrom(parse(['--status', 'pending']), 'alerts')).toThrow(/Use one or more of: open, resolved/);
  });

  it('refuses a value that is not a neutral one', () => {
    expect(() => parse(['--priority', 'urgent'], 'tickets')).toThrow(/"urgent" is not allowed/);
  });
});

describe('exportFormatOf', () => {
  it('takes --format first, then the --out extension, then ndjson', () => {
    expect(exportFormatOf('csv', 'out.json')).toBe('csv');
    expect(exportFormatOf(undefined, 'out.JSON')).toBe('json');
    expect(exportFormatOf(undefined, 'out.jsonl')).toBe('ndjson');
    expect(exportFormatOf(undefined, 'out.txt')).toBe('ndjson');
    expect(exportFormatOf(undefined, undefined)).toBe('ndjson');
  });
});
