import { Client } from 'pg';
import { statementName, usePrepared } from './prepared';

// Prepared statements on a real PostgreSQL connection: each text parsed once there, the least recently used
// deallocated past the bound, and one deallocated parsed again when it comes back.

let client: Client;

beforeAll(async () => {
  client = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
  await client.connect();
});
afterAll(() => client?.end());

/** Runs `text` as the read path does: named, after usePrepared. */
async function run(text: string, max: number): Promise<number> {
  const name = statementName(text);
  usePrepared(client, name, max);
  const { rows } = await client.query<{ n: number }>({ name, text, values: [1] });
  return rows[0].n;
}

const prepared = async () => (await client.query<{ statement: string }>('select statement from pg_prepared_statements order by prepare_time')).rows.map((r) => r.statement);

describe('prepared statements', () => {
  it('are parsed once per connection, the least recently used deallocated past the bound', async () => {
    const one = 'select $1::int + 1 as n';
    const two = 'select $1::int + 2 as n';
    const three = 'select $1::int + 3 as n';
    expect(await run(one, 2)).toBe(2);
    expect(await run(one, 2)).toBe(2);
    expect(await run(two, 2)).toBe(3);
    expect(await prepared()).toEqual([one, two]);
    // `one` was used last but one: `two` goes when `three` comes.
    expect(await run(one, 2)).toBe(2);
    expect(await run(three, 2)).toBe(4);
    expect(await prepared()).toEqual([one, three]);
    // Deallocated, `two` is parsed again.
    expect(await run(two, 2)).toBe(3);
    expect((await prepared()).sort()).toEqual([three, two].sort());
  });

  it('name a text the same way everywhere, within PostgreSQL\'s identifier length', () => {
    expect(statementName('select 1')).toBe(statementName('select 1'));
    expect(statementName('select 1')).not.toBe(statementName('select 2'));
    expect(statementName('select 1').length).toBeLessThan(64);
  });
});
