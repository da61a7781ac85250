import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { FromChild, ToChild } from './child-messages';

// A server child process (server.ts or floor-server.ts) seen from the benchmark: started, asked for its
// memory, stopped.

export interface MemorySample {
  rss: number;
  heapUsed: number;
}

export interface Child {
  url: string;
  memory(): Promise<MemorySample>;
  /** Records the SQL the child sends while `work` runs. */
  captureStatements(work: () => Promise<unknown>): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startChild(script: string, env: Record<string, string>, execArgv: string[] = []): Promise<Child> {
  const child: ChildProcess = fork(path.join(__dirname, script), [], {
    env: { ...process.env, ...env },
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends FromChild['type']>(type: T) =>
    new Promise<Extract<FromChild, { type: T }>>((resolve, reject) => {
      const onMessage = (m: FromChild) => {
        if (m.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m as Extract<FromChild, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`${script} exited (code ${code}) before answering ${type}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const send = (m: ToChild) => child.send(m);
  const { port } = await next('ready');
  return {
    url: `http://127.0.0.1:${port}`,
    async memory() {
      const answer = next('memory');
      send({ type: 'memory' });
      const { usage } = await answer;
      return { rss: usage.rss, heapUsed: usage.heapUsed };
    },
    async captureStatements(work) {
      send({ type: 'capture', on: true });
      await work();
      const answer = next('captured');
      send({ type: 'capture', on: false });
      return (await answer).statements;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const stopped = next('stopped').catch(() => undefined);
      send({ type: 'stop' });
      await stopped;
    },
  };
}

/** Samples a child's memory every `everyMs` until stopped; reports the first, highest and last sample. */
export function sampleMemory(child: Child, everyMs = 500): { stop(): Promise<{ start: MemorySample; peak: MemorySample; end: MemorySample }> } {
  const samples: MemorySample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      samples.push(await child.memory());
      await new Promise((r) => setTimeout(r, everyMs));
    }
    samples.push(await child.memory());
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const peak = { rss: Math.max(...samples.map((s) => s.rss)), heapUsed: Math.max(...samples.map((s) => s.heapUsed)) };
      return { start: samples[0], peak, end: samples[samples.length - 1] };
    },
  };
}
