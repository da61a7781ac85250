// What the benchmark's child processes (the platform, the floor) tell their parent over IPC: that they
// listen and where, and their memory when asked. Memory is sampled inside the child, where
// process.memoryUsage() sees the server's own heap.

export type ToChild = { type: 'memory' } | { type: 'stop' } | { type: 'capture'; on: boolean };
export type FromChild =
  | { type: 'ready'; port: number }
  | { type: 'memory'; usage: NodeJS.MemoryUsage }
  | { type: 'captured'; statements: string[] }
  | { type: 'stopped' };

export interface ChildHandlers {
  port: number;
  stop(): Promise<void>;
  /** Starts (on) or ends (off, answering the statements) recording the SQL the child sends. */
  capture?(on: boolean): string[];
}

export function serveChildMessages(handlers: ChildHandlers): void {
  const send = (message: FromChild) => process.send?.(message);
  process.on('message', (message: ToChild) => {
    if (message.type === 'memory') send({ type: 'memory', usage: process.memoryUsage() });
    else if (message.type === 'capture') {
      const statements = handlers.capture?.(message.on) ?? [];
      if (!message.on) send({ type: 'captured', statements });
    } else if (message.type === 'stop') {
      handlers.stop().finally(() => {
        send({ type: 'stopped' });
        process.exit(0);
      });
    }
  });
  // The parent gone (Ctrl-C, crash): nothing left to serve.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port: handlers.port });
}
