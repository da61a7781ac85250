import { DOCUMENT_KIND } from '../domain/directive';
import { PlatformError } from '../errors';
import { AGENCY_LEVEL, SLOGAN_KIND, type Strength } from '../domain/facts';
import { LocalDate } from '../graphql/scalars';
import { StrengthEnum } from '../graphql/enums';
import { GRANULARITIES } from '../panel/panel';
import { INPUT_LIMITS } from '../server/input-limits';

// The filters of an export, as the GraphQL queries `targets`, `measures` and `panel` take them, read from query
// parameters or command-line options: repeatable, or comma-separated.

export const FACT_KINDS = ['targets', 'measures', 'directives', 'slogans', 'agencies', 'references', 'panel'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface FactFilter {
  provinces?: string[];
  from?: string;
  to?: string;
}

export interface TargetFilter extends FactFilter {
  metrics?: string[];
  units?: string[];
}

export interface MeasureFilter extends FactFilter {
  categories?: string[];
  oxcgrtCodes?: string[];
  strengths?: Strength[];
  agencies?: string[];
}

export interface DirectiveFilter extends FactFilter {
  kinds?: string[];
}

export interface SloganFilter extends FactFilter {
  kinds?: string[];
}

export interface AgencyFilter extends FactFilter {
  levels?: string[];
}

export interface ReferenceFilter extends FactFilter {
  numbers?: string[];
}

/** The panel's question, as `panel(provinces, from, to, indicators, granularity)` takes it. */
export interface PanelFilter extends FactFilter {
  indicators?: string[];
  granularity?: string[];
}

/** What to export: the kind of fact and its filter. */
export type ExportRequest =
  | { kind: 'targets'; filter: TargetFilter }
  | { kind: 'measures'; filter: MeasureFilter }
  | { kind: 'directives'; filter: DirectiveFilter }
  | { kind: 'slogans'; filter: SloganFilter }
  | { kind: 'agencies'; filter: AgencyFilter }
  | { kind: 'references'; filter: ReferenceFilter }
  | { kind: 'panel'; filter: PanelFilter };

/** A mistake of the caller's: HTTP answers 400, the command line prints usage. */
export class ExportInputError extends PlatformError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

type Parameter =
  | { type: 'date' }
  // Agency names contain commas ("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh"): those are only repeatable.
  | { type: 'list'; commaSeparated: boolean; allowed?: readonly string[] };

const CODES: Parameter = { type: 'list', commaSeparated: true };
const COMMON = { provinces: CODES, from: { type: 'date' }, to: { type: 'date' } } satisfies Record<keyof FactFilter, Parameter>;

export const PARAMETERS = {
  targets: { ...COMMON, metrics: CODES, units: CODES } satisfies Record<keyof TargetFilter, Parameter>,
  measures: {
    ...COMMON,
    categories: CODES,
    oxcgrtCodes: CODES,
    strengths: { type: 'list', commaSeparated: true, allowed: Object.values(StrengthEnum) },
    agencies: { type: 'list', commaSeparated: false },
  } satisfies Record<keyof MeasureFilter, Parameter>,
  directives: { ...COMMON, kinds: { type: 'list', commaSeparated: true, allowed: DOCUMENT_KIND.codes } } satisfies Record<keyof DirectiveFilter, Parameter>,
  slogans: { ...COMMON, kinds: { type: 'list', commaSeparated: true, allowed: SLOGAN_KIND.codes } } satisfies Record<keyof SloganFilter, Parameter>,
  agencies: { ...COMMON, levels: { type: 'list', commaSeparated: true, allowed: AGENCY_LEVEL.codes } } satisfies Record<keyof AgencyFilter, Parameter>,
  references: { ...COMMON, numbers: CODES } satisfies Record<keyof ReferenceFilter, Parameter>,
  panel: { ...COMMON, indicators: CODES, granularity: { type: 'list', commaSeparated: false, allowed: GRANULARITIES } } satisfies Record<keyof PanelFilter, Parameter>,
} as const;

/** Raw values as Express's query parser or the command line give them. */
export type RawParameters = Readonly<Record<string, unknown>>;

export interface ParseOptions {
  /** How to name a parameter in messages: `oxcgrtCodes` over HTTP, `--oxcgrt-codes` on the command line. */
  label?: (name: string) => string;
}

export function isFactKind(kind: string): kind is FactKind {
  return (FACT_KINDS as readonly string[]).includes(kind);
}

/** Validates every parameter; unknown names, bad dates and empty lists are errors, never ignored. */
export function parseExportRequest(kind: FactKind, raw: RawParameters, options: ParseOptions = {}): ExportRequest {
  const label = options.label ?? ((name: string) => `"${name}"`);
  const spec: Record<string, Parameter> = PARAMETERS[kind];
  const filter: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const parameter = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!parameter) {
      throw new ExportInputError(`unknown parameter ${label(name)} for ${kind}; expected ${Object.keys(spec).map(label).join(', ')}`);
    }
    const values = stringsOf(value, label(name));
    filter[name] = parameter.type === 'date' ? dateOf(values, label(name)) : listOf(values, parameter, label(name));
  }
  return { kind, filter } as ExportRequest;
}

function stringsOf(value: unknown, name: string): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v): v is string => typeof v === 'string')) throw new ExportInputError(`${name} must be text`);
  // As over GraphQL (server/input-bounds.ts): PostgreSQL refuses NUL in text, and that is the caller's mistake.
  if (values.some((v) => v.includes('\u0000'))) throw new ExportInputError(`${name} contains a NUL character`);
  return values;
}

function dateOf(values: string[], name: string): string {
  if (values.length !== 1) throw new ExportInputError(`${name} takes one date, not ${values.length}`);
  try {
    // The GraphQL scalar's own check, so that both APIs accept exactly the same days.
    return String(LocalDate.parseValue(values[0]));
  } catch {
    throw new ExportInputError(`${name} must be a date as YYYY-MM-DD, not "${values[0]}"`);
  }
}

function listOf(values: string[], parameter: Extract<Parameter, { type: 'list' }>, name: string): string[] {
  const items = values
    .flatMap((v) => (parameter.commaSeparated ? v.split(',') : [v]))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (items.length === 0) throw new ExportInputError(`${name} is empty`);
  if (items.length > INPUT_LIMITS.listItems) throw new ExportInputError(`${name} has ${items.length} values; at most ${INPUT_LIMITS.listItems}`);
  const wrong = parameter.allowed ? items.filter((v) => !parameter.allowed!.includes(v)) : [];
  if (wrong.length) throw new ExportInputError(`${name} accepts ${parameter.allowed!.join(', ')}, not ${wrong.join(', ')}`);
  return [...new Set(items)];
}
