import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { Redis } from 'ioredis';

/** A Redis server for tests: the one `.ci/run` started (`PSAGATE_TEST_REDIS_URL`), or one of our own. */
export interface TestRedis {
  readonly url: string;
  /** True when this process started the server (and may stop it). */
  readonly owned: boolean;
  /** Stops a server we started; a shared one is left alone. */
  stop(): Promise<void>;
}

/** The variable `.ci/run` sets to the URL of the server it started. */
export const TEST_REDIS_URL_VARIABLE = 'PSAGATE_TEST_REDIS_URL';

/**
 * The shared server when `.ci/run` provides one, else a fresh `redis-server` on a free loopback
 * port. Undefined (after saying why) when neither is possible: the caller skips its tests.
 */
export async function useTestRedis(options: { own?: boolean; password?: string } = {}): Promise<TestRedis | undefined> {
  const shared = process.env[TEST_REDIS_URL_VARIABLE];
  if (shared && !options.own && !options.password) return { url: shared, owned: false, stop: async () => undefined };
  return startRedisServer(options.password);
}

/** Starts `redis-server` with no persistence on a loopback port (a free one by default); undefined when it cannot. */
export async function startRedisServer(password?: string, port?: number): Promise<(TestRedis & { readonly port: number }) | undefined> {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.warn(`Skipping Redis tests: no redis-server on PATH and ${TEST_REDIS_URL_VARIABLE} is unset (install it: apt-get install -y redis-server).`);
    return undefined;
  }
  port ??= await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...(password ? ['--requirepass', password] : [])];
  const child = spawn('redis-server', args, { stdio: 'ignore' });
  const url = `redis://${password ? `:${password}@` : ''}127.0.0.1:${port}`;
  if (!(await answers(url, child))) {
    child.kill('SIGKILL');
    console.warn(`Skipping Redis tests: redis-server did not start on port ${port}.`);
    return undefined;
  }
  return {
    url,
    port,
    owned: true,
    stop: () => stopChild(child),
  };
}

async function answers(url: string, child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 100 && child.exitCode === null; attempt++) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      if ((await probe.ping()) === 'PONG') return true;
    } catch {
      // Not listening yet.
    } finally {
      probe.disconnect();
    }
    // Waiting for a real process to start: nothing to fake here.
    await delay(20);
  }
  return false;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
