/**
 * `pnpm pack:check`: the published packages as a consumer gets them.
 *
 * Builds every package (`pnpm -r build`), packs each publishable one (`pnpm pack`, which turns
 * `workspace:` ranges into real ones), installs the tarballs with npm into fresh projects in the
 * system temp folder (outside the repository, so nothing resolves through the workspace), and there:
 *
 * - type-checks an ESM TypeScript consumer (the gateway, a provider, a sandbox, the server, the
 *   README's "gateway in 10 lines", a vitest test) with `skipLibCheck: false` under `node16` and
 *   `bundler` resolution, with the repository's TypeScript and with the documented minimum (5.8),
 *   and shows that the release below that minimum fails;
 * - runs it, and a CommonJS consumer that `require()`s the packages;
 * - runs a vitest consumer that serves a sandbox's `handlers` with msw's `setupServer` and walks a list;
 * - runs the installed CLI (`npx psagate --help`, and one command against its sandbox);
 * - type-checks and runs a consumer without msw installed that only uses `listen()`.
 *
 * Prints one table of checks, exits non-zero when one failed. Options:
 *   --no-build          use the dist/ folders as they are
 *   --keep              keep the temp folder (its path is printed)
 *   --report <file>     also write { passed, failed, checks } as JSON (CI counts it)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const build = !args.includes('--no-build');
const keep = args.includes('--keep');
const reportFile = option('--report');

/** The oldest TypeScript the READMEs promise, and the release just below it. */
const MIN_TYPESCRIPT = '5.8';
const BELOW_MIN_TYPESCRIPT = '5.7';

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly packageManager?: string;
  readonly bin?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const rootManifest = readJson<Manifest>(join(repo, 'package.json'));
const pnpmVersion = rootManifest.packageManager?.split('@')[1] ?? 'latest';
const rootDev = rootManifest.devDependencies ?? {};
const devVersion = (name: string): string => {
  const version = rootDev[name];
  if (!version) throw new Error(`the root package.json has no devDependency ${name}`);
  return version;
};

// ---------------------------------------------------------------------------------------------
// Running commands and recording checks

interface RunResult {
  readonly code: number;
  readonly output: string;
}

function run(command: string, commandArgs: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(command, commandArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done({ code: 127, output: `${output}${error.message}\n` }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

const pnpm = (commandArgs: readonly string[], cwd: string): Promise<RunResult> => run('npx', ['-y', `pnpm@${pnpmVersion}`, ...commandArgs], cwd);

type Status = 'pass' | 'FAIL' | 'note';
interface Check {
  readonly name: string;
  readonly status: Status;
  readonly seconds: number;
  readonly detail: string;
  readonly log?: string | undefined;
}

const checks: Check[] = [];

class CheckFailure extends Error {
  constructor(
    message: string,
    readonly log?: string,
  ) {
    super(message);
  }
}

/** Runs one check; its function returns the detail shown in the table, or throws CheckFailure. */
async function check(name: string, body: () => Promise<string | { status: Status; detail: string }>): Promise<boolean> {
  // Checks may run side by side: each keeps the row it was started in.
  const slot = checks.push({ name, status: 'FAIL', seconds: 0, detail: 'did not finish' }) - 1;
  const started = performance.now();
  let entry: Check;
  try {
    const outcome = await body();
    const { status, detail } = typeof outcome === 'string' ? { status: 'pass' as const, detail: outcome } : outcome;
    entry = { name, status, seconds: (performance.now() - started) / 1000, detail };
  } catch (error) {
    const log = error instanceof CheckFailure ? error.log : error instanceof Error ? error.stack : String(error);
    entry = { name, status: 'FAIL', seconds: (performance.now() - started) / 1000, detail: error instanceof Error ? error.message : String(error), log };
  }
  checks[slot] = entry;
  process.stderr.write(`  ${entry.status.padEnd(4)} ${name} (${entry.seconds.toFixed(1)} s)\n`);
  return entry.status !== 'FAIL';
}

const tail = (text: string, lines = 30): string => text.trimEnd().split('\n').slice(-lines).join('\n');

async function expectSuccess(result: Promise<RunResult>, what: string): Promise<string> {
  const { code, output } = await result;
  if (code !== 0) throw new CheckFailure(`${what} exited with ${code}`, tail(output));
  return output;
}

// ---------------------------------------------------------------------------------------------
// The consumers' sources

const readmeGateway = (): string => {
  const readme = readFileSync(join(repo, 'packages/core/README.md'), 'utf8');
  const section = readme.split('## The gateway in 10 lines')[1];
  const block = section?.match(/```ts\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('packages/core/README.md has no ```ts block under "## The gateway in 10 lines"');
  // A module of its own, type-checked only: it would call the real Atera.
  return `${block}\nexport {};\n`;
};

const esmConsumer = `import { NotFoundError, Paginated, PsaError, createGateway, isPsaError, type Ticket } from '@psagate/core';
import { ateraProvider } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';
import { automateProvider } from '@psagate/automate';
import { haloProvider } from '@psagate/halopsa';
import { redisStateStore } from '@psagate/redis';
import { createGatewayServer } from '@psagate/server';

const sandbox = createAteraSandbox({ seed: 3 });
const server = await sandbox.listen({ port: 0 });
try {
  const gateway = createGateway(sandbox.gatewayConfig(server.url), {
    providers: [ateraProvider, haloProvider, automateProvider],
    stateStores: [redisStateStore],
  });
  // One copy of @psagate/core: the provider's lists and errors are this program's classes.
  const list = gateway.tickets.list({ status: ['open', 'pending'] });
  if (!(list instanceof Paginated)) throw new Error('a provider list is not the Paginated class of the consumer');
  const tickets: Ticket[] = await list.toArray({ limit: 5 });
  let devices = 0;
  for await (const device of gateway.devices.list()) if (device.provider === 'atera') devices++;
  const missing = await gateway.tickets.get('987654321').then(() => undefined, (error: unknown) => error);
  if (!(missing instanceof NotFoundError) || !(missing instanceof PsaError) || !isPsaError(missing)) {
    throw new Error(\`a not-found get did not throw the consumer's NotFoundError: \${String(missing)}\`);
  }
  if (typeof createGatewayServer !== 'function') throw new Error('@psagate/server has no createGatewayServer');
  await gateway.close();
  console.log(\`esm consumer: \${tickets.length} open tickets, \${devices} devices, 404 as \${missing.name}\`);
} finally {
  await server.close();
}
`;

const vitestConsumer = `import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createGateway, isPsaError } from '@psagate/core';
import { ateraProvider } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';

const sandbox = createAteraSandbox({ seed: 11, size: { agents: 130 } });
const server = setupServer(...sandbox.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it('walks every agent of the sandbox through its msw handlers, page by page', async () => {
  const gateway = createGateway(sandbox.gatewayConfig(), { providers: [ateraProvider] });
  const ids: string[] = [];
  let pages = 0;
  for await (const page of gateway.devices.list({ kind: 'agent' }).byPage()) {
    pages++;
    ids.push(...page.items.map((device) => device.id));
  }
  expect(new Set(ids).size).toBe(130);
  expect(pages).toBeGreaterThan(1);
  await gateway.close();
});

it('rejects a wrong key with a typed error', async () => {
  const gateway = createGateway({ ...sandbox.gatewayConfig(), apiKey: 'wrong-key-0000000000' }, { providers: [ateraProvider] });
  const error = await gateway.customers.list().toArray().catch((caught: unknown) => caught);
  expect(isPsaError(error) && error.kind).toBe('authentication');
  await gateway.close();
});
`;

const cjsConsumer = `'use strict';
const assert = require('node:assert/strict');
const core = require('@psagate/core');
const { ateraProvider } = require('@psagate/atera');
const required = ['@psagate/halopsa', '@psagate/automate', '@psagate/redis', '@psagate/server'].map((name) => Object.keys(require(name)).length);

assert.throws(
  () => require('@psagate/atera/sandbox'),
  (error) => error.code === 'ERR_REQUIRE_ASYNC_MODULE' && /ESM only/.test(error.message) && /await import/.test(error.message),
  'require() of a sandbox entry fails with the ESM-only message',
);

(async () => {
  const esm = await import('@psagate/core');
  assert.equal(core.PsaError, esm.PsaError, 'require() and import() give one module instance');
  const { createAteraSandbox } = await import('@psagate/atera/sandbox');
  const sandbox = createAteraSandbox({ seed: 5 });
  const server = await sandbox.listen({ port: 0 });
  try {
    const gateway = core.createGateway(sandbox.gatewayConfig(server.url), { providers: [ateraProvider] });
    const customers = await gateway.customers.list().toArray();
    assert.ok(customers.length > 0, 'the sandbox has customers');
    await gateway.close();
    console.log('cjs consumer: ' + customers.length + ' customers, ' + required.length + ' more packages required');
  } finally {
    await server.close();
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

const noMswConsumer = `import { createGateway } from '@psagate/core';
import { ateraProvider } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';

const sandbox = createAteraSandbox();
const server = await sandbox.listen({ port: 0 });
try {
  const gateway = createGateway(sandbox.gatewayConfig(server.url), { providers: [ateraProvider] });
  const alerts = await gateway.alerts.list({ status: 'open' }).toArray({ limit: 3 });
  await gateway.close();
  console.log(\`consumer without msw: \${alerts.length} open alerts over listen()\`);
} finally {
  await server.close();
}
`;

interface TsconfigOptions {
  readonly module: string;
  readonly moduleResolution: string;
  readonly include: readonly string[];
  /** Emit there (to run it); without it, type-check only. */
  readonly outDir?: string;
  /** msw's own declarations use DOM types (WebSocket events): a consumer that checks them needs the DOM lib. */
  readonly dom?: boolean;
}

const tsconfig = (options: TsconfigOptions): string =>
  `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: options.dom ? ['ES2023', 'DOM'] : ['ES2023'],
        module: options.module,
        moduleResolution: options.moduleResolution,
        types: ['node'],
        strict: true,
        skipLibCheck: false,
        ...(options.outDir ? { outDir: options.outDir, rootDir: '.' } : { noEmit: true }),
      },
      include: options.include,
    },
    null,
    2,
  )}\n`;

function write(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** Node resolves bare imports up the folder tree: a node_modules above the consumers would leak in. */
function strayNodeModulesAbove(dir: string): string | undefined {
  for (let current = dirname(dir); ; current = dirname(current)) {
    if (existsSync(join(current, 'node_modules'))) return join(current, 'node_modules');
    if (dirname(current) === current) return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The checks

async function main(): Promise<number> {
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'psagate-pack-check-'));
  const tarballs = join(work, 'tarballs');
  const full = join(work, 'consumer');
  const bare = join(work, 'consumer-without-msw');
  mkdirSync(tarballs);
  process.stderr.write(`pack:check in ${work}\n`);

  const packages = readdirSync(join(repo, 'packages'))
    .map((dir) => ({ dir: join(repo, 'packages', dir), manifest: readJson<Manifest>(join(repo, 'packages', dir, 'package.json')) }))
    .filter(({ manifest }) => !manifest.private);

  try {
    const built = !build || (await check('build: pnpm -r build', async () => {
      await expectSuccess(pnpm(['-r', 'run', 'build'], repo), 'pnpm -r run build');
      return `${packages.length} published packages built`;
    }));
    if (!built) return finish(work, started);

    const files = new Map<string, string>();
    await Promise.all(packages.map(({ dir, manifest }) =>
      check(`pack ${manifest.name}`, async () => {
        await expectSuccess(pnpm(['pack', '--pack-destination', tarballs], dir), 'pnpm pack');
        const tarball = `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`;
        if (!existsSync(join(tarballs, tarball))) throw new Error(`pnpm pack wrote no ${tarball}`);
        files.set(manifest.name, join(tarballs, tarball));
        const listing = await expectSuccess(run('tar', ['-tzf', join(tarballs, tarball)], tarballs), 'tar -t');
        const entries = listing.split('\n').filter(Boolean).map((entry) => entry.replace(/^package\//, ''));
        const missing = ['package.json', 'LICENSE', 'README.md', 'CHANGELOG.md'].filter((file) => !entries.includes(file));
        if (missing.length > 0) throw new Error(`missing from the tarball: ${missing.join(', ')}`);
        const unwanted = entries.filter((entry) => /^src\/|\.test\.|\.tsbuildinfo$/.test(entry));
        if (unwanted.length > 0) throw new Error(`should not be published: ${unwanted.slice(0, 5).join(', ')}`);
        const packed = await expectSuccess(run('tar', ['-xzOf', join(tarballs, tarball), 'package/package.json'], tarballs), 'tar -x');
        const published = JSON.parse(packed) as Manifest;
        const ranges = { ...published.dependencies, ...published.peerDependencies, ...published.optionalDependencies };
        const workspace = Object.entries(ranges).filter(([, range]) => range.startsWith('workspace:'));
        if (workspace.length > 0) throw new Error(`workspace ranges left in the published manifest: ${workspace.map(([name]) => name).join(', ')}`);
        const exact = Object.entries(published.dependencies ?? {}).filter(([, range]) => /^\d/.test(range));
        if (exact.length > 0) throw new Error(`exact runtime dependency pins (use ^ranges): ${exact.map(([name, range]) => `${name}@${range}`).join(', ')}`);
        for (const [bin, target] of Object.entries(published.bin ?? {})) {
          if (!entries.includes(target.replace(/^\.\//, ''))) throw new Error(`bin ${bin} points at ${target}, which is not in the tarball`);
        }
        return `${tarball}, ${entries.length} files`;
      }),
    ));
    if (files.size !== packages.length) return finish(work, started);

    const stray = strayNodeModulesAbove(work);
    const install = (dir: string, dev: readonly string[]) =>
      check(`npm install into ${relative(work, dir)}/`, async () => {
        if (stray) throw new Error(`${stray} exists above the temp folder and would be resolved by the consumers`);
        write(dir, { 'package.json': `${JSON.stringify({ name: relative(work, dir), private: true, type: 'module' }, null, 2)}\n` });
        const tarballList = [...files.values()];
        await expectSuccess(run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballList], dir), 'npm install <tarballs>');
        await expectSuccess(run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--save-dev', ...dev], dir), 'npm install --save-dev');
        const tree = JSON.parse((await run('npm', ['ls', '--all', '--json'], dir)).output) as NpmTree;
        const copies = versionsIn(tree);
        const watched = ['@psagate/core', 'zod', 'axios', 'lru-cache', 'inversify', 'msw'];
        const doubled = watched.filter((name) => (copies.get(name)?.size ?? 0) > 1);
        if (doubled.length > 0) throw new Error(`more than one version installed: ${doubled.map((name) => `${name} (${[...(copies.get(name) ?? [])].join(', ')})`).join('; ')}`);
        const absent = ['@psagate/core', 'zod'].filter((name) => !copies.has(name));
        if (absent.length > 0) throw new Error(`peer dependencies not installed: ${absent.join(', ')}`);
        return `${files.size} tarballs + ${dev.length} dev packages; one copy each of ${watched.filter((name) => copies.has(name)).join(', ')}`;
      });

    const tooling = [
      `typescript@${devVersion('typescript')}`,
      `ts-min@npm:typescript@~${MIN_TYPESCRIPT}.0`,
      `ts-below-min@npm:typescript@~${BELOW_MIN_TYPESCRIPT}.0`,
      `@types/node@${devVersion('@types/node')}`,
    ];
    const [fullInstalled, bareInstalled] = await Promise.all([
      install(full, [...tooling, `msw@${devVersion('msw')}`, `vitest@${devVersion('vitest')}`]),
      install(bare, [`typescript@${devVersion('typescript')}`, `@types/node@${devVersion('@types/node')}`]),
    ]);

    const withoutMsw = (): Promise<boolean> => {
      write(bare, { 'src/listen.ts': noMswConsumer, 'tsconfig.json': tsconfig({ module: 'node16', moduleResolution: 'node16', include: ['src'], outDir: 'out' }) });
      return check('without msw: a listen()-only consumer type-checks and runs', async () => {
        if (existsSync(join(bare, 'node_modules', 'msw'))) throw new Error('msw got installed after all');
        await expectSuccess(run(process.execPath, [join(bare, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], bare), 'tsc (node16, skipLibCheck false)');
        const output = await expectSuccess(run(process.execPath, ['out/src/listen.js'], bare), 'node out/src/listen.js');
        return `${tail(output, 1).replace(/^consumer without msw: /, '')}; node16, lib ES2023 only, skipLibCheck false`;
      });
    };

    if (fullInstalled) {
      write(full, {
        'src/esm.ts': esmConsumer,
        'src/readme-gateway.ts': readmeGateway(),
        'test/walk.test.ts': vitestConsumer,
        'cjs/consumer.cjs': cjsConsumer,
        'tsconfig.node16.json': tsconfig({ module: 'node16', moduleResolution: 'node16', include: ['src', 'test'], outDir: 'out', dom: true }),
        'tsconfig.bundler.json': tsconfig({ module: 'preserve', moduleResolution: 'bundler', include: ['src', 'test'], dom: true }),
        'tsconfig.src-bundler.json': tsconfig({ module: 'preserve', moduleResolution: 'bundler', include: ['src'] }),
        'vitest.config.js': `export default { test: { include: ['test/**/*.test.ts'], environment: 'node' } };\n`,
      });
      const tsc = (compiler: string, ...tscArgs: string[]): Promise<RunResult> => run(process.execPath, [join(full, 'node_modules', compiler, 'bin', 'tsc'), ...tscArgs], full);
      const version = (compiler: string): string => readJson<Manifest>(join(full, 'node_modules', compiler, 'package.json')).version;
      const typescript = version('typescript');
      const what = 'gateway, 3 providers, sandbox, redis, server, the README snippet and the vitest test; skipLibCheck false';

      // tsc is single-threaded: two at a time.
      const [node16] = await Promise.all([
        check(`ESM consumer type-checks: TypeScript ${typescript}, node16`, async () => {
          await expectSuccess(tsc('typescript', '-p', 'tsconfig.node16.json'), 'tsc -p tsconfig.node16.json');
          return what;
        }),
        check(`ESM consumer type-checks: TypeScript ${typescript}, bundler`, async () => {
          await expectSuccess(tsc('typescript', '-p', 'tsconfig.bundler.json'), 'tsc -p tsconfig.bundler.json');
          return 'the same files, module preserve; skipLibCheck false';
        }),
      ]);
      await Promise.all([
        check(`minimum TypeScript: ${version('ts-min')} (documented ${MIN_TYPESCRIPT}+), node16`, async () => {
          await expectSuccess(tsc('ts-min', '-p', 'tsconfig.node16.json', '--noEmit'), `tsc ${MIN_TYPESCRIPT} -p tsconfig.node16.json`);
          return 'the same files; skipLibCheck false';
        }),
        check(`TypeScript ${version('ts-below-min')} is below the minimum`, async () => {
          const { code, output } = await tsc('ts-below-min', '-p', 'tsconfig.src-bundler.json');
          if (code === 0) return { status: 'note', detail: `it type-checks now: the documented minimum (${MIN_TYPESCRIPT}) could be lowered` };
          const first = output.match(/^(?:node_modules\/)?(\S+?)\(\d+,\d+\): error (TS\d+)/m);
          return first ? `fails as documented: ${first[2]} in ${first[1]}` : `fails as documented: ${tail(output, 1).slice(0, 100)}`;
        }),
        bareInstalled ? withoutMsw() : Promise.resolve(false),
      ]);
      if (node16) {
        await check('ESM consumer runs (node, the node16 build)', async () => {
          const output = await expectSuccess(run(process.execPath, ['out/src/esm.js'], full), 'node out/src/esm.js');
          return tail(output, 1);
        });
      }
      await check('CommonJS consumer runs (require)', async () => {
        const output = await expectSuccess(run(process.execPath, ['cjs/consumer.cjs'], full), 'node cjs/consumer.cjs');
        const warning = /ExperimentalWarning/.test(output) ? ' (Node printed an ExperimentalWarning for require(esm))' : '';
        return `${tail(output.replace(/^.*Warning.*$\n?/gm, ''), 1)}; require() of a sandbox says ESM only${warning}`;
      });
      await check('vitest consumer: msw setupServer(...sandbox.handlers), list walk', async () => {
        const output = await expectSuccess(run(process.execPath, [join(full, 'node_modules', 'vitest', 'vitest.mjs'), 'run'], full, { CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' }), 'vitest run');
        const tests = output.match(/Tests\s+(\d+) passed/)?.[1];
        return `${tests ?? '?'} tests passed`;
      });
      await check('npx psagate --help (installed CLI)', async () => {
        const output = await expectSuccess(run('npx', ['psagate', '--help'], full), 'npx psagate --help');
        if (!/Usage: psagate/.test(output)) throw new CheckFailure('no usage text', tail(output));
        const commands = output.match(/^ {2}[a-z][a-z-]*/gm)?.length ?? 0;
        return `usage with ${commands} commands`;
      });
      await check('npx psagate tickets list --sandbox (installed CLI)', async () => {
        const output = await expectSuccess(run('npx', ['psagate', 'tickets', 'list', '--sandbox', '--limit', '2'], full), 'npx psagate tickets list --sandbox');
        const rows = output.split('\n').filter((line) => /^\d+\s/.test(line)).length;
        if (rows !== 2) throw new CheckFailure(`expected 2 ticket rows, got ${rows}`, tail(output));
        return '2 tickets from the Atera sandbox';
      });
    }

    if (bareInstalled && !fullInstalled) await withoutMsw();
    return finish(work, started);
  } catch (error) {
    await check('pack:check itself', () => Promise.reject(error));
    return finish(work, started);
  }
}

interface NpmTree {
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, NpmTree>>;
}

function versionsIn(tree: NpmTree, found = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const [name, node] of Object.entries(tree.dependencies ?? {})) {
    if (node.version) {
      const versions = found.get(name) ?? new Set<string>();
      versions.add(node.version);
      found.set(name, versions);
    }
    versionsIn(node, found);
  }
  return found;
}

function finish(work: string, started: number): number {
  const failed = checks.filter((entry) => entry.status === 'FAIL');
  const nameWidth = Math.max(5, ...checks.map((entry) => entry.name.length));
  const line = (name: string, result: string, time: string, detail: string): string =>
    `${name.padEnd(nameWidth)}  ${result.padEnd(6)}  ${time.padStart(7)}  ${detail}`;
  const out: string[] = ['', line('check', 'result', 'time', 'detail'), line('-'.repeat(nameWidth), '------', '-------', '------')];
  for (const entry of checks) out.push(line(entry.name, entry.status, `${entry.seconds.toFixed(1)} s`, entry.detail));
  out.push('');
  for (const entry of failed) {
    if (entry.log) out.push(`--- ${entry.name}: ${entry.detail}`, entry.log, '');
  }
  const passed = checks.length - failed.length;
  out.push(`pack:check ${failed.length === 0 ? 'PASS' : 'FAIL'}: ${passed} of ${checks.length} checks passed in ${((performance.now() - started) / 1000).toFixed(0)} s (Node ${process.version})`);
  console.log(out.join('\n'));
  if (reportFile) {
    mkdirSync(dirname(resolve(reportFile)), { recursive: true });
    writeFileSync(resolve(reportFile), `${JSON.stringify({ passed, failed: failed.length, checks }, null, 2)}\n`);
  }
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
