import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createConnection, createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ateraProvider } from '@psagate/atera';
import { createAteraSandbox } from '@psagate/atera/sandbox';
import { createGateway } from '@psagate/core';
import { redisStateStore } from '@psagate/redis';
import { printTable } from './measure';

/** What one worker process is told to do. */
interface WorkerTask {
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly redisUrl: string | undefined;
  readonly keyPrefix: string;
  readonly requestsPerWindow: number;
  readonly windowMs: number;
  readonly callers: number;
  /** Agents to read, from the sandbox's seeded data. */
  readonly agentIds: readonly number[];
  /** How long every worker runs, from the common start the parent sends once all are ready. */
  readonly durationMs: number;
}

interface WorkerResult {
  readonly completed: number;
  readonly failed: number;
}

const WORKER_FLAG = '--psagate-redis-bench-worker';
const READY_LINE = 'ready';

/**
 * Several worker processes share one Atera key (one loopback sandbox enforcing the budget), each
 * configured with the whole budget, as MSPs run sync jobs beside a gateway server. With the Redis
 * state store they hold one shared budget: no 429s, nearly all of it used. Without it, each
 * process spends the budget alone and the sandbox answers 429s.
 */
export async function redisSharedBudget(options: { processes: number; requestsPerWindow: number; windowMs: number; windows: number; callers: number }): Promise<void> {
  const title = `Shared budget: ${options.processes} processes on one key, ${options.windows} windows of ${options.windowMs} ms at ${options.requestsPerWindow} requests per window`;
  const redis = await startRedisServer();
  if (!redis) {
    console.log(`\n${title}\n  skipped: redis-server is not installed or did not start (apt-get install -y redis-server)`);
    return;
  }
  try {
    const rows: string[][] = [['state store', 'budget', 'completed', 'failed', '429s', '429s / requests', 'budget held']];
    for (const redisUrl of [redis.url, undefined]) {
      const sandbox = createAteraSandbox({
        rateLimit: { requestsPerMinute: options.requestsPerWindow, windowMs: options.windowMs },
        latencyMs: { min: 5, max: 30 },
        recordRequests: false,
      });
      const server = await sandbox.listen({ port: 0 });
      try {
        const durationMs = options.windowMs * options.windows;
        const task: WorkerTask = {
          apiKey: sandbox.apiKey,
          baseUrl: server.url,
          redisUrl,
          keyPrefix: `bench-${randomUUID().slice(0, 8)}:`,
          requestsPerWindow: options.requestsPerWindow,
          windowMs: options.windowMs,
          callers: options.callers,
          agentIds: sandbox.state.agentIds.slice(0, 200),
          durationMs,
        };
        const workers = Array.from({ length: options.processes }, () => startWorker(task));
        await Promise.all(workers.map((worker) => worker.ready));
        const startAt = Date.now() + 100;
        for (const worker of workers) worker.start(startAt);
        const results = await Promise.all(workers.map((worker) => worker.result));
        const completed = results.reduce((sum, result) => sum + result.completed, 0);
        const failed = results.reduce((sum, result) => sum + result.failed, 0);
        const budget = options.requestsPerWindow * options.windows;
        const target = redisUrl ? ' (target ≥ 90%, zero 429s)' : ' (each process alone: 429s expected)';
        rows.push([
          redisUrl ? 'redis' : 'in memory',
          String(budget),
          String(completed),
          String(failed),
          String(sandbox.stats().rateLimited),
          `${((sandbox.stats().rateLimited / Math.max(1, sandbox.requestCount())) * 100).toFixed(1)}%`,
          `${((completed / budget) * 100).toFixed(1)}%${target}`,
        ]);
      } finally {
        await server.close();
      }
    }
    printTable(title, rows);
  } finally {
    await redis.stop();
  }
}

interface WorkerHandle {
  /** Resolves once the worker has built its gateway. */
  readonly ready: Promise<void>;
  /** Tells the worker when to begin (epoch ms), so every worker starts together. */
  start(at: number): void;
  readonly result: Promise<WorkerResult>;
}

function startWorker(task: WorkerTask): WorkerHandle {
  const execArgv = process.execArgv.some((arg) => arg.includes('@psagate/source')) ? process.execArgv : [...process.execArgv, '--conditions=@psagate/source'];
  const child = spawn(process.execPath, [...execArgv, fileURLToPath(import.meta.url), WORKER_FLAG, JSON.stringify(task)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.startsWith(`${READY_LINE}\n`)) markReady();
  });
  const result = new Promise<WorkerResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`A benchmark worker exited with code ${String(code)}`));
      try {
        resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '') as WorkerResult);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
  return {
    // A worker that dies while loading must not leave the parent waiting for it.
    ready: Promise.race([ready, result.then(() => undefined)]),
    start: (at) => child.stdin.end(`${at}\n`),
    result,
  };
}

/** One worker process: a gateway with the whole budget, and callers asking as fast as they can. */
async function worker(task: WorkerTask): Promise<void> {
  const gateway = createGateway(
    {
      provider: 'atera',
      apiKey: task.apiKey,
      baseUrl: task.baseUrl,
      // The window is scaled down from Atera's minute, but start-up skew between processes is not:
      // keep an absolute margin like the 600 ms a real 60 s window gets.
      rateLimit: { requestsPerWindow: task.requestsPerWindow, windowMs: task.windowMs, maxConcurrency: task.callers, windowMarginMs: 200 },
      ...(task.redisUrl ? { stateStore: { type: 'redis', url: task.redisUrl, keyPrefix: task.keyPrefix } } : {}),
    },
    { providers: [ateraProvider], stateStores: [redisStateStore] },
  );
  const { agentIds } = task;
  process.stdout.write(`${READY_LINE}\n`);
  const startAt = Number(await firstLineOf(process.stdin));
  await delay(Math.max(0, startAt - Date.now()));
  const endAt = startAt + task.durationMs;
  let completed = 0;
  let failed = 0;
  const caller = async (index: number): Promise<void> => {
    for (let call = 0; Date.now() < endAt; call++) {
      try {
        await gateway.native.agents.get({ agentId: agentIds[(index * 31 + call) % agentIds.length] as number });
        if (Date.now() <= endAt) completed++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: task.callers }, (_, index) => caller(index)));
  await gateway.close();
  process.stdout.write(`${JSON.stringify({ completed, failed } satisfies WorkerResult)}\n`);
}

async function firstLineOf(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split('\n')[0] ?? '';
}

async function startRedisServer(): Promise<{ url: string; stop: () => Promise<void> } | undefined> {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const stop = (): Promise<void> =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
  for (let attempt = 0; attempt < 100 && child.exitCode === null; attempt++) {
    if (await answersPing(port)) return { url: `redis://127.0.0.1:${port}`, stop };
    await delay(20);
  }
  await stop();
  return undefined;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(String(data).startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

if (process.argv[2] === WORKER_FLAG) {
  worker(JSON.parse(process.argv[3] ?? '{}') as WorkerTask).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
