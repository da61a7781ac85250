import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FACT_KINDS, PARAMETERS, isFactKind, parseExportRequest, type ExportRequest } from './filters';
import { FORMATS, isFormatName, type FormatName } from './formats';
import { openExport, type QueryOptions } from './query';

// `npm run export -- <kind> [options]`: the same filters, query and writers as GET /export/*.

export const USAGE = `usage: npm run export -- ${FACT_KINDS.join('|')} [--format csv|json] [--output FILE] [filters]
filters (lists are comma-separated or repeated):
  --provinces VN-13,VN-21   --from YYYY-MM-DD   --to YYYY-MM-DD
  targets:  --metrics CODE,...  --units CODE,...
  directives: --kinds THONG_BAO,...   slogans: --kinds MOTTO,...   agencies: --levels PROVINCIAL,...
  references: --numbers 16/CT-TTg,...
  panel:    --provinces, --from and --to required; --indicators C1,H2,...  --granularity DAY|WEEK
  measures: --categories CODE,...  --oxcgrt-codes H2,...  --strengths REQUIRED,ENCOURAGED,FORBIDDEN
            --agencies NAME (repeat it for several: agency names contain commas)
without --output the file goes to standard output (use \`npm run --silent export\` to keep npm's banner out).`;

/** A mistake on the command line: print it with the usage, exit 2. */
export class UsageError extends Error {}

export type ExportCommand = { help: true } | { help: false; request: ExportRequest; format: FormatName; output: string | null };

/** "oxcgrtCodes" <-> "--oxcgrt-codes". */
const flagOf = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const nameOf = (flag: string) => flag.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

const FILTER_FLAGS = [...new Set(FACT_KINDS.flatMap((kind) => Object.keys(PARAMETERS[kind])))].map((name) => flagOf(name).slice(2));

export function parseCommand(argv: readonly string[]): ExportCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        ...Object.fromEntries(FILTER_FLAGS.map((flag) => [flag, { type: 'string', multiple: true } as const])),
      },
    });
  } catch (error) {
    // parseArgs names the offending option ("Unknown option '--metric'"); that is the message to show.
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1 || !isFactKind(positionals[0])) {
    throw new UsageError(positionals.length === 0 ? `say what to export: ${FACT_KINDS.join(', ')}` : `expected one of ${FACT_KINDS.join(', ')}, not "${positionals.join(' ')}"`);
  }
  const format = values.format ?? 'csv';
  if (!isFormatName(format)) throw new UsageError(`--format is ${Object.keys(FORMATS).join(' or ')}, not "${format}"`);
  const given = values as Record<string, unknown>;
  const raw = Object.fromEntries(FILTER_FLAGS.map((flag) => [nameOf(flag), given[flag]]));
  // Filter mistakes (a bad date, --metrics for measures) are ExportInputErrors with the flag's name.
  const request = parseExportRequest(positionals[0], raw, { label: flagOf });
  return { help: false, request, format, output: values.output ?? null };
}

/**
 * Validates the request now (throwing ExportInputError) and returns what writes the export: the command
 * line opens its output file only for a request that can run.
 */
export function prepareExport(em: EntityManager, request: ExportRequest, format: FormatName, options: QueryOptions = {}): (out: Writable) => Promise<void> {
  const { columns, rows } = openExport(em, request, options);
  return (out) => FORMATS[format].write(columns, rows, out);
}

/** Writes the export of `request` in `format` to `out`, and ends it. */
export function runExport(em: EntityManager, request: ExportRequest, format: FormatName, out: Writable, options: QueryOptions = {}): Promise<void> {
  return prepareExport(em, request, format, options)(out);
}
