import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The root README's "Writing an adapter" section walks through this example. Its table names the
 * example's folders, and every code block is a copy of a file of the example (named on its first
 * line, `// ...` marking what is left out), so the guide compiles and runs as the example does.
 */
const EXAMPLE = fileURLToPath(new URL('.', import.meta.url));
const README = readFileSync(fileURLToPath(new URL('../../../../README.md', import.meta.url)), 'utf8');
const OMITTED = '// ...';

function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`The README has no "## ${heading}" section.`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The first column of the table whose header starts with `| in the example |`. */
function tableEntries(section: string): string[] {
  const lines = section.split('\n');
  const header = lines.findIndex((line) => line.startsWith('| in the example |'));
  const entries: string[] = [];
  for (const line of lines.slice(header + 2)) {
    const entry = /^\| `([^`]+)` \|/.exec(line);
    if (!entry) break;
    entries.push(entry[1] as string);
  }
  return entries;
}

interface Block {
  readonly language: string;
  readonly lines: readonly string[];
}

function codeBlocks(section: string): Block[] {
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ language: match[1] as string, lines: (match[2] as string).replace(/\n$/, '').split('\n') }));
}

/** The file a block shows, from its first line (`// client/helpdesk-client.ts`). */
const fileOf = (block: Block): string | undefined => /^\/\/ ([\w./-]+\.ts)$/.exec(block.lines[0] ?? '')?.[1];

/** The table entry a file belongs to: its top folder (`client/`), or the file itself (`wiring.ts`). */
const entryOf = (file: string): string => (file.includes('/') ? `${file.split('/')[0]}/` : file);

/** The parts of a block between `// ...` lines, without blank lines around them. */
function partsOf(block: Block): string[] {
  const parts: string[][] = [[]];
  for (const line of block.lines.slice(1)) {
    if (line.trim() === OMITTED) parts.push([]);
    else parts.at(-1)?.push(line);
  }
  return parts.map((lines) => lines.join('\n').replace(/^\n+|\n+$/g, '')).filter((part) => part !== '');
}

const section = sectionOf(README, 'Writing an adapter');
const entries = tableEntries(section);
const blocks = codeBlocks(section);

describe('the README walk-through of the example adapter', () => {
  it('names every folder of the example in its table, and nothing the example does not have', () => {
    const folders = readdirSync(EXAMPLE, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${entry.name}/`);
    expect(entries.filter((entry) => entry.endsWith('/')).sort()).toEqual(folders.sort());
    for (const entry of entries) expect(existsSync(`${EXAMPLE}${entry}`), `${entry} is in the README's table`).toBe(true);
    expect(entries).toEqual(expect.arrayContaining(['config.ts', 'wiring.ts', 'index.ts']));
  });

  it('shows only TypeScript blocks, each naming the file of the example it comes from', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block.language).toBe('ts');
      expect(fileOf(block), `a block starting ${JSON.stringify(block.lines[0])} names no file`).toBeDefined();
    }
  });

  it('walks through the example in the order of its table, with code from every entry', () => {
    const shown = blocks.map((block) => entryOf(fileOf(block) ?? ''));
    for (const entry of shown) expect(entries, `a block shows ${entry}, which the table does not name`).toContain(entry);
    // Each entry is introduced in the table's order; a later step may come back to one already seen.
    expect([...new Set(shown)]).toEqual(entries);
  });

  for (const block of blocks) {
    const file = fileOf(block);
    if (!file) continue;
    it(`shows ${file} as it is in the example`, () => {
      const text = `\n${readFileSync(`${EXAMPLE}${file}`, 'utf8')}`;
      let from = 0;
      for (const part of partsOf(block)) {
        const at = text.indexOf(`\n${part}\n`, from);
        expect(at, `the README shows this part of ${file}, which the file does not have (after what came before):\n${part}`).toBeGreaterThanOrEqual(0);
        from = at + part.length;
      }
    });
  }
});
