import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Builds the API and worker as `npm run build:api` does (swc, under a scratch directory of its own so that
 * a build or e2e run of someone else's, which owns dist/api, is never disturbed) and returns the path of
 * the built worker.js. The integration tier runs from source and nothing builds dist/api before it, so a
 * test that needs the worker as an OS process builds it; swc takes about a second.
 */
export function buildWorker(outDir = join(ROOT, 'tmp', `worker-build-${process.pid}`)): { workerJs: string; remove: () => void } {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'swc'),
    [
      'apps/api/src',
      'libs/shared/src',
      'libs/reference-data/src',
      'migrations',
      '-d',
      outDir,
      '--quiet',
      '--ignore',
      '**/*.spec.ts,**/*.int-spec.ts,**/__tests__/**',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const workerJs = join(outDir, 'apps', 'api', 'src', 'worker.js');
  if (!existsSync(workerJs)) throw new Error(`the build made no ${workerJs}`);
  return { workerJs, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The built worker (`node worker.js`) as a separate OS process, as production and e2e/run.mjs start it, so
 * that a test can kill it (SIGKILL) or stop it (SIGTERM) and start another.
 */
export class WorkerProcess {
  readonly output: string[] = [];
  readonly exited: Promise<WorkerExit>;
  private readonly child: ChildProcess;

  private constructor(workerJs: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, [workerJs], {
      cwd: ROOT,
      // Only what the worker needs: the test process's environment holds the in-process apps' settings.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => this.output.push(...chunk.toString().split('\n').filter(Boolean));
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Starts it and waits until it says it listens to the queues (all its modules bootstrapped). */
  static async start(workerJs: string, env: Record<string, string>, timeoutMs = 30_000): Promise<WorkerProcess> {
    const worker = new WorkerProcess(workerJs, env);
    const deadline = Date.now() + timeoutMs;
    let gone: WorkerExit | undefined;
    void worker.exited.then((exit) => (gone = exit));
    while (!worker.output.some((line) => line.includes('Arbetaren lyssnar på köerna'))) {
      if (gone) throw new Error(`the worker exited while starting (${JSON.stringify(gone)}):\n${worker.log()}`);
      if (Date.now() > deadline) {
        worker.child.kill('SIGKILL');
        throw new Error(`the worker did not start within ${timeoutMs} ms:\n${worker.log()}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return worker;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL: the process is gone at once, in whatever it was doing. */
  async kill(): Promise<WorkerExit> {
    if (this.running) this.child.kill('SIGKILL');
    return this.exited;
  }

  /** SIGTERM: the worker's shutdown hooks run (BullMQ lets the jobs in hand finish) and it exits. */
  async terminate(timeoutMs = 30_000): Promise<WorkerExit> {
    if (this.running) this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the worker did not exit within ${timeoutMs} ms of SIGTERM:\n${this.log()}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Its output, for a failing assertion's message. */
  log(): string {
    return this.output.join('\n');
  }

  /** Lines at level ERROR (Nest's logger) or uncaught errors. */
  errors(): string[] {
    return this.output.filter((line) => /\bERROR\b|Unhandled|uncaught/i.test(line));
  }
}
