import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiEntry, type EntryApi, UPDATE_COMMAND, apiOf, describeDrift, parseReport, publishedEntries, renderReport, staleReports } from './api-report';

const entries = publishedEntries();
let api: Map<ApiEntry, EntryApi>;

// One program over every package's sources: seconds of work, done once for all the entries.
beforeAll(() => {
  api = apiOf(entries);
}, 180_000);

describe('the API report of every published entry', () => {
  it('covers every entry of every published package', () => {
    const specifiers = entries.map((entry) => entry.specifier);
    expect(specifiers).toEqual(expect.arrayContaining(['@psagate/core', '@psagate/core/provider', '@psagate/core/testing', '@psagate/core/sandbox-kit']));
    for (const provider of ['atera', 'halopsa', 'automate']) expect(specifiers).toEqual(expect.arrayContaining([`@psagate/${provider}`, `@psagate/${provider}/sandbox`]));
    expect(specifiers).toEqual(expect.arrayContaining(['@psagate/redis', '@psagate/server', '@psagate/cli']));
    expect(specifiers.some((specifier) => specifier.startsWith('@psagate/soak'))).toBe(false);
  });

  for (const entry of entries) {
    it(`shows the public surface of ${entry.specifier} as it is`, () => {
      const drift = describeDrift(entry, api.get(entry) as EntryApi);
      if (drift !== undefined) expect.fail(drift);
    });
  }

  it('keeps no report of an entry that is gone', () => {
    const stale = staleReports(entries);
    if (stale.length > 0) expect.fail(`No entry writes ${stale.join(', ')} any more: delete ${stale.length > 1 ? 'them' : 'it'}.`);
  });

  it('exports each name of @psagate/core from one entry only', () => {
    const core = entries.filter((entry) => entry.packageDir === 'core');
    const homes = new Map<string, string[]>();
    for (const entry of core) for (const item of api.get(entry)?.items ?? []) homes.set(item.name, [...(homes.get(item.name) ?? []), entry.specifier]);
    const doubled = [...homes].filter(([, where]) => where.length > 1).map(([name, where]) => `${name} (${where.join(', ')})`);
    expect(doubled).toEqual([]);
  });
});

describe('a report that no longer matches the sources', () => {
  let dir: string;
  let entry: ApiEntry;
  const committed: EntryApi = {
    items: [
      { name: 'createThing', text: 'function createThing(name: string): Thing' },
      { name: 'Thing', text: 'interface Thing {\n  readonly name: string\n}' },
      { name: 'oldHelper', text: 'function oldHelper(): void' },
    ],
    unexported: [],
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'api-report-'));
    entry = { specifier: '@psagate/example', packageDir: 'example', source: join(dir, 'index.ts'), report: join(dir, 'index.api.md') };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (text: string): void => writeFileSync(entry.report, text);

  it('names what was added, removed and changed, and the command that refreshes the report', () => {
    write(renderReport(entry, committed, dir));
    const now: EntryApi = {
      items: [
        { name: 'createThing', text: 'function createThing(name: string, options?: ThingOptions): Thing' },
        { name: 'Thing', text: 'interface Thing {\n  readonly name: string\n}' },
        { name: 'ThingOptions', text: 'interface ThingOptions {\n  readonly size?: number\n}' },
      ],
      unexported: [],
    };
    const message = describeDrift(entry, now, dir) ?? '';
    expect(message).toContain('+ added interface ThingOptions');
    expect(message).toContain('- removed function oldHelper');
    expect(message).toContain('~ changed function createThing');
    expect(message).toContain('was: function createThing(name: string): Thing');
    expect(message).toContain('now: function createThing(name: string, options?: ThingOptions): Thing');
    expect(message).not.toMatch(/interface Thing\b/);
    expect(message).toContain(`run \`${UPDATE_COMMAND}\``);
  });

  it('is quiet when the report is current', () => {
    write(renderReport(entry, committed, dir));
    expect(describeDrift(entry, committed, dir)).toBeUndefined();
  });

  it('says when a name starts or stops being used in a signature without being exported', () => {
    write(renderReport(entry, committed, dir));
    const now: EntryApi = { ...committed, unexported: ['- `ThingState` (packages/example/src/thing.ts), used by `Thing`'] };
    expect(describeDrift(entry, now, dir)).toContain('+ used in a signature, exported by no entry: `ThingState`');
  });

  it('reads back the blocks it writes, one per name', () => {
    const parsed = parseReport(renderReport(entry, committed, dir));
    expect([...parsed.blocks.keys()]).toEqual(['createThing', 'Thing', 'oldHelper']);
    expect(parsed.blocks.get('Thing')).toBe('interface Thing {\n  readonly name: string\n}');
  });

  it('asks for a report for an entry that has none', () => {
    expect(describeDrift({ ...entry, report: join(dir, 'missing.api.md') }, committed, dir)).toContain(`has no API report (missing.api.md). Run \`${UPDATE_COMMAND}\``);
  });
});
