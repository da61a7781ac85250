import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../repo-root';

// Front-ends import typed documents from web/src/generated/; they must match the committed schema and
// operations, or a client compiles against fields the API no longer has (or lacks new ones).

const root = repoRoot();
const generatedDir = path.join(root, 'web/src/generated');

// The codegen CLI's own modules (yargs) are ESM-only, which Jest's CommonJS module system cannot load, so
// its programmatic API runs in a plain Node process: same codegen.yml, outputs returned, nothing written.
const generateInMemory = `
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
const outputs = await generate({ ...config, cwd: process.cwd(), silent: true }, false);
process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content }))));
`;

async function generatedFiles(): Promise<{ filename: string; content: string }[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', generateInMemory], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

it('web/src/generated is what `npm run codegen` produces from the schema and operations', async () => {
  const outputs = await generatedFiles();
  const expected = new Map(outputs.map((o) => [path.resolve(root, o.filename), o.content]));
  expect(expected.size).toBeGreaterThan(0);

  const committed = fs.readdirSync(generatedDir).map((f) => path.join(generatedDir, f));
  const stale = 'stale: run `npm run codegen` and commit web/src/generated/';
  expect({ files: committed.sort(), note: stale }).toEqual({ files: [...expected.keys()].sort(), note: stale });
  for (const [file, content] of expected) {
    const actual = fs.readFileSync(file, 'utf8');
    if (actual !== content) throw new Error(`${path.relative(root, file)} is ${stale}`);
  }
});

it('generates a typed document for every operation the page and the examples use', () => {
  const types = fs.readFileSync(path.join(generatedDir, 'graphql.ts'), 'utf8');
  const operations = fs
    .readdirSync(path.join(root, 'schema/operations'))
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.replace('.graphql', ''))
    .concat(['PageProvinces', 'PageComparison', 'PageRendition']);
  // Lists of what is missing rather than toContain: a failure must not print the 50 kB file.
  const missing = operations.filter(
    (name) => !types.includes(`export const ${name}Document = `) || !types.includes(`DocumentNode<${name}Query, ${name}QueryVariables>`),
  );
  expect(missing).toEqual([]);
  // Custom scalars are strings on the wire and typed so (unmapped, they would be `unknown`).
  const scalarTypings = ['datedOn: string | null', 'ingestedAt: string', 'from?: string | null'].filter((t) => !types.includes(t));
  expect(scalarTypings).toEqual([]);
});
