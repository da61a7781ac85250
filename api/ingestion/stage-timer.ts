// Optional per-stage timing of ingestion, for the benchmark (api/bench). Off unless a recorder is
// installed: then each stage costs one null check, so production ingestion pays nothing for it.

export const STAGES = ['clean', 'segment', 'metadata', 'facts', 'quality', 'persist', 'reuse'] as const;
export type Stage = (typeof STAGES)[number];

/** Wall-clock and CPU milliseconds (CPU is the figure to trust on a busy machine). */
type Recorder = (stage: Stage, wallMs: number, cpuMs: number) => void;

let recorder: Recorder | null = null;

/** Installs `record` until the returned function is called. One recorder at a time (a benchmark). */
export function recordStages(record: Recorder): () => void {
  recorder = record;
  return () => {
    if (recorder === record) recorder = null;
  };
}

export function timeStage<T>(stage: Stage, work: () => T): T {
  const record = recorder;
  if (!record) return work();
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    return work();
  } finally {
    record(stage, performance.now() - start, cpuMs(cpu));
  }
}

export async function timeStageAsync<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
  const record = recorder;
  if (!record) return work();
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await work();
  } finally {
    record(stage, performance.now() - start, cpuMs(cpu));
  }
}

/** CPU milliseconds (user + system) of this process since `since`. */
export function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
