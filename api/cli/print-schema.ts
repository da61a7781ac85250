// `npm run schema:print`: writes the SDL of the built schema to schema/schema.graphql. A test fails
// when the committed file and the code disagree.
import fs from 'node:fs';
import path from 'node:path';
import { printDirectiveSchema } from '../graphql/schema';
import { repoRoot } from '../repo-root';

const file = path.join(repoRoot(), 'schema', 'schema.graphql');
fs.writeFileSync(file, printDirectiveSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
