// One loading lane (see load-lanes.ts): ingests its share of the corpus into the database the parent
// opened, then hands its report back over IPC.
import 'reflect-metadata';
import { openOrm } from '../db/orm';
import { loadCorpus, type LoadReport } from './load';
import type { LaneTask } from './load-lanes';

export type LaneMessage = { type: 'progress'; line: string } | { type: 'loaded'; report: LoadReport };

async function main(): Promise<void> {
  const task = JSON.parse(process.env.BENCH_LANE!) as LaneTask;
  const orm = await openOrm(process.env.BENCH_DATABASE_URL!);
  const send = (m: LaneMessage) => new Promise<void>((resolve) => process.send!(m, () => resolve()));
  try {
    const report = await loadCorpus(orm, task.size, task.seed, (line) => void send({ type: 'progress', line }), { lane: { index: task.index, of: task.of }, batch: task.batch });
    await send({ type: 'loaded', report });
  } finally {
    await orm.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error('[bench loader]', error);
    process.exit(1);
  },
);
