import { Client } from 'pg';

// Committed writes to the directives' data, from this process or any other (`npm run ingest`, another
// server), announced by PostgreSQL: triggers NOTIFY on the `data_changed` channel (see the migration
// data_change_notices), and PostgreSQL delivers a notification only when its transaction commits.

export const DATA_CHANGED_CHANNEL = 'data_changed';

export interface DataChangeListener {
  /** True while notifications can arrive; when false, changes may go unnoticed. */
  readonly listening: boolean;
  /** Settles once the first connection attempt has succeeded or failed. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export interface ListenHandlers {
  /** A write was committed somewhere. */
  changed(): void;
  /** The connection is down (listening is now false) or back (true): what arrived meanwhile is unknown. */
  listeningChanged(listening: boolean): void;
  log?(message: string): void;
}

/**
 * Ends a connection we no longer listen on. Errors it still reports are ignored rather than left unhandled
 * (which would end the process): a PostgreSQL shutting down (a terminal's Ctrl-C reaches it too) ends every
 * connection with an error, also while ours is closing.
 */
async function discard(client: Client): Promise<void> {
  client.removeAllListeners();
  client.on('error', () => undefined);
  await client.end().catch(() => undefined);
}

/** Listens on a connection of its own (a pooled one would be reused by queries), reconnecting every few seconds. */
export function listenForDataChanges(url: string, handlers: ListenHandlers, retryMs = 3000): DataChangeListener {
  let client: Client | null = null;
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const setListening = (value: boolean) => {
    if (listening === value) return;
    listening = value;
    handlers.listeningChanged(value);
  };

  const lost = (error?: Error) => {
    if (closed) return;
    if (error) handlers.log?.(`data change notifications lost (${error.message}); retrying`);
    setListening(false);
    if (client) void discard(client);
    client = null;
    retry ??= setTimeout(() => {
      retry = null;
      void connect();
    }, retryMs);
  };

  const connect = async () => {
    const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    client = c;
    c.on('error', lost);
    c.on('end', () => lost(new Error('connection ended')));
    c.on('notification', (n) => n.channel === DATA_CHANGED_CHANNEL && handlers.changed());
    try {
      await c.connect();
      await c.query(`listen ${DATA_CHANGED_CHANNEL}`);
      if (closed) await c.end();
      else setListening(true);
    } catch (error) {
      lost(error as Error);
    }
  };

  const ready = connect();
  return {
    ready,
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      setListening(false);
      const c = client;
      client = null;
      if (c) await discard(c);
    },
  };
}
