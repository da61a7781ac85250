// `npm run extract -- FILE`: what the pipeline reads in one document, as JSON, without a database.
// Field names are those of the GraphQL API, so the output shows what the API will serve.
import fs from 'node:fs';
import { analyse, type Analysis } from '../ingestion/analyse';
import type { DirectiveMetadata } from '../ingestion/document';
import { IngestionError } from '../ingestion/errors';

export function describeAnalysis({ metadata: m, cleaned, clauses, quality, checksum, facts }: Analysis) {
  const missing = (Object.keys(m) as (keyof DirectiveMetadata)[])
    .filter((field) => field !== 'recipients' && m[field].value === null)
    .map((field) => ({ field, reason: (m[field] as { reason: string | null }).reason }));
  return {
    directive: {
      number: m.number.value,
      kind: m.kind.value,
      subject: m.subject.value,
      province: m.province.value ? { code: m.province.value.code } : null,
      provinceInferred: m.province.value?.inferred ?? false,
      provinceEvidence: m.province.value?.evidence ?? null,
      issuer: m.issuer.value,
      issuedOn: m.issuedOn.value,
      meetingOn: m.meetingOn.value,
      datedOn: m.issuedOn.value ?? m.meetingOn.value,
      signer: m.signer.value,
      recipients: m.recipients,
      missing,
    },
    rendition: {
      format: cleaned.format,
      checksum,
      quality,
      clauses: clauses.map(({ ordinal, label, depth, start, end }) => ({ ordinal, label, depth, start, end, text: cleaned.text.slice(start, end) })),
    },
    measures: facts.measures,
    targets: facts.targets,
    slogans: facts.slogans,
    agencies: facts.agencies,
    references: facts.references,
  };
}

function main(files: string[]): number {
  if (files.length !== 1) {
    console.error('usage: npm run extract -- FILE');
    return 2;
  }
  try {
    console.log(JSON.stringify(describeAnalysis(analyse(fs.readFileSync(files[0]))), null, 2));
    return 0;
  } catch (error) {
    if (!(error instanceof IngestionError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    console.error(`${files[0]}: rejected: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
