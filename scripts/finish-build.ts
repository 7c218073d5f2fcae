/**
 * The last step of every published package's build (`tsup && tsx ../../scripts/finish-build.ts`),
 * run in that package's folder on what tsup wrote to dist/:
 *
 * 1. Type declarations that import an optional peer dependency (msw, vitest) get a `@ts-ignore` on
 *    that import. A consumer who never installed msw and only calls `listen()` on a sandbox can then
 *    typecheck with `skipLibCheck: false`: the handler types read as `any` there, and stay msw's own
 *    wherever msw is installed. Without this, `import { HttpHandler } from 'msw'` in the bundled
 *    declarations fails with "Cannot find module 'msw'".
 * 2. An export whose `require` condition names a `.cjs` file the build did not write gets a stub
 *    that throws a clear "ESM only" error. Those entries have a top-level await (msw is loaded up
 *    front so that `handlers` stays synchronous), and Node's require() cannot load such a graph.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

interface Manifest {
  readonly name: string;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
  readonly exports?: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const optionalPeers = Object.entries(manifest.peerDependenciesMeta ?? {})
  .filter(([, meta]) => meta.optional === true)
  .map(([name]) => name);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const peerPattern = optionalPeers.map(escape).join('|');
// `import { A } from 'msw';`, `import 'msw';`, `import type { B } from 'msw/node';`: one import per line, as tsup writes them.
const peerImport = new RegExp(`^import (?:[^'"]* from )?['"](?:${peerPattern})(?:/[^'"]*)?['"];?$`);
const marker = '// @ts-ignore -- optional peer dependency: its types read as any where it is not installed';

let marked = 0;
if (optionalPeers.length > 0 && existsSync('dist')) {
  for (const file of files('dist')) {
    if (!/\.d\.(?:ts|mts|cts)$/.test(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    const out: string[] = [];
    let changed = false;
    lines.forEach((line, index) => {
      if (peerImport.test(line) && lines[index - 1] !== marker) {
        out.push(marker);
        changed = true;
        marked++;
      }
      out.push(line);
    });
    if (changed) writeFileSync(file, out.join('\n'));
    const inline = out.find((line) => optionalPeers.some((peer) => line.includes(`import("${peer}`) || line.includes(`import('${peer}`)));
    if (inline) throw new Error(`${file}: an inline import() of an optional peer cannot be marked: ${inline.trim()}`);
  }
}

let stubs = 0;
for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
  if (typeof target === 'string') continue;
  const stub = target.require;
  if (!stub?.endsWith('.cjs') || existsSync(stub)) continue;
  const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, '')}`;
  const message =
    `${specifier} is ESM only: its modules load msw, an optional peer dependency, with a top-level await, ` +
    `and require() cannot load a module graph with a top-level await. Load it with \`await import('${specifier}')\`, ` +
    `or from an ES module. The package's main entry point can be required.`;
  writeFileSync(
    stub,
    `'use strict';\n// Written by scripts/finish-build.ts: this entry is ESM only.\nthrow Object.assign(new Error(${JSON.stringify(message)}), { code: 'ERR_REQUIRE_ASYNC_MODULE' });\n`,
  );
  stubs++;
}

const where = relative(process.cwd(), 'dist') || 'dist';
console.log(`finish-build ${manifest.name}: ${marked} optional-peer import(s) marked in ${where}, ${stubs} ESM-only require stub(s) written`);
