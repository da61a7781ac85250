// `npm run extract -- FILE`: what the pipeline reads in one document (a text file, a PDF or a page image), as
// JSON, without a database. Field names are those of the GraphQL API, so the output shows what the API will
// serve. Progress of reading a PDF or an image goes to standard error, one line per page.
import fs from 'node:fs';
import { DIRECTIVE_FIELD } from '../domain/directive';
import { analyseFile, type Analysis } from '../ingestion/analyse';
import { IngestionError } from '../ingestion/errors';

export function describeAnalysis({ metadata: m, cleaned, clauses, quality, checksum, facts, origin }: Analysis) {
  const missing = DIRECTIVE_FIELD.codes.filter((field) => m[field].value === null).map((field) => ({ field, reason: m[field].reason }));
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
      datedFrom: m.issuedOn.value ?? m.meetingOn.value ?? m.issuedFrom?.value ?? null,
      signer: m.signer.value,
      recipients: m.recipients,
      missing,
    },
    rendition: {
      format: cleaned.format,
      originFormat: origin.format,
      ocrConfidence: origin.ocrConfidence,
      pageStarts: origin.pageStarts,
      encoding: cleaned.encoding ?? null,
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

async function main(files: string[]): Promise<number> {
  if (files.length !== 1) {
    console.error('usage: npm run extract -- FILE');
    return 2;
  }
  try {
    const analysis = await analyseFile(fs.readFileSync(files[0]), { onProgress: (line) => console.error(`${files[0]}: ${line}`) });
    console.log(JSON.stringify(describeAnalysis(analysis), null, 2));
    return 0;
  } catch (error) {
    if (!(error instanceof IngestionError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    console.error(`${files[0]}: rejected: ${(error as Error).message}`);
    return 1;
  }
}

// exitCode, not exit(): a large JSON piped to another program must be flushed before the process ends.
if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error('extract failed:', error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
