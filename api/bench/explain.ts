import { Client } from 'pg';

// Query plans of the statements one request sent (captured in the server child): how long each took and
// which large tables it read whole. A scenario meant to stay flat must show index scans only.

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Total Time'?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (n: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** One line per statement: time, rows at the top, and every sequential scan with the rows it read. */
export async function explainStatements(url: string, statements: string[]): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const lines: string[] = [];
  try {
    for (const sql of statements) {
      if (!/^\s*(select|with)\b/i.test(sql)) continue;
      const { rows } = await client.query(`explain (analyze, format json) ${sql}`);
      const plan = (rows[0]['QUERY PLAN'] as { Plan: PlanNode; 'Execution Time': number }[])[0];
      const scans: string[] = [];
      const indexes = new Set<string>();
      walk(plan.Plan, (n) => {
        if (n['Node Type'] === 'Seq Scan') scans.push(`${n['Relation Name']} (${n['Actual Rows']} rows)`);
        if (n['Index Name']) indexes.add(n['Index Name']);
      });
      const what = sql.replace(/\s+/g, ' ').slice(0, 90);
      lines.push(
        `${plan['Execution Time'].toFixed(2)} ms, ${plan.Plan['Actual Rows']} rows; ` +
          `${scans.length ? `seq scans: ${scans.join(', ')}` : 'no seq scan'}; indexes: ${[...indexes].join(', ') || 'none'} — ${what}`,
      );
    }
  } finally {
    await client.end();
  }
  return lines;
}
