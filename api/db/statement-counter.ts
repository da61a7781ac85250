import { AsyncLocalStorage } from 'node:async_hooks';

// SQL statements are attributed to whatever unit of work is running (an HTTP request, a test block)
// through AsyncLocalStorage, so concurrent requests do not pollute each other's counts.
export interface Tally {
  statements: number;
}

const storage = new AsyncLocalStorage<Tally>();

/** Runs `work` with a fresh tally; everything it starts, synchronously or not, counts there. */
export function withStatementTally<T>(work: () => T): T {
  return storage.run({ statements: 0 }, work);
}

/** Runs `work` and reports how many SQL statements it issued. */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  return withStatementTally(async () => {
    const result = await work();
    return { result, statements: currentTally()!.statements };
  });
}

export function currentTally(): Tally | undefined {
  return storage.getStore();
}

/** Hook for the database driver: called once per statement sent. */
export function countStatement(): void {
  const tally = storage.getStore();
  if (tally) tally.statements++;
}
