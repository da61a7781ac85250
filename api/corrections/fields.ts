// The fields an editor may correct, how their values are written in the audit trail (text), and how a
// recorded value is put back on a row. One table so that a correction made now and one re-applied
// after re-extraction go through the same code.
import { rel } from '@mikro-orm/postgresql';
import { Province, type Directive, type Measure, type Target } from '../db/entities';
import type { CorrectedKind } from '../db/entities/Correction';
import type { DocumentKind } from '../domain/directive';
import type { Strength } from '../domain/facts';

type Row = { TARGET: Target; MEASURE: Measure; DIRECTIVE: Directive };

interface FieldSpec<R> {
  read(row: R): string | null;
  /** Values are never null except where the field may be unknown (oxcgrtCode). */
  write(row: R, value: string | null): void;
}

/** The recorded value of a field that is never unknown. */
function present(value: string | null): string {
  if (value === null) throw new Error('a correction of this field needs a value');
  return value;
}

/** A text qualifier; "" in the audit trail and the row's null are one: the editor cleared it. */
function text<R>(get: (row: R) => string | null, set: (row: R, value: string | null) => void): FieldSpec<R> {
  return { read: get, write: (row, v) => set(row, v === '' ? null : v) };
}

function count<R>(get: (row: R) => number | null, set: (row: R, value: number | null) => void): FieldSpec<R> {
  return { read: (row) => (get(row) === null ? null : String(get(row))), write: (row, v) => set(row, v === null || v === '' ? null : Number(v)) };
}

// A corrected deadline is a day to meet (BY_DATE); it keeps the words it was read from, or cites the fact's own.
const deadlineDate: FieldSpec<Target | Measure> = {
  read: (f) => (f.deadline?.kind ? f.deadline.date ?? f.deadline.periodEnd ?? null : null),
  write: (f, v) => {
    const citation = f.deadline?.kind ? f.deadline.citation : { ...f.citation, rule: 'correction.deadline' };
    f.deadline = { kind: 'BY_DATE', date: present(v), periodStart: null, periodEnd: null, days: null, hours: null, event: null, citation } as Target['deadline'];
  },
};

const TARGET_FIELDS: Record<string, FieldSpec<Target>> = {
  value: { read: (t) => String(t.value), write: (t, v) => void (t.value = Number(present(v))) },
  unit: { read: (t) => t.unit, write: (t, v) => void (t.unit = present(v)) },
  poolSize: count((t) => t.poolSize, (t, v) => void (t.poolSize = v)),
  dose: count((t) => t.dose, (t, v) => void (t.dose = v)),
  scope: text((t) => t.scope, (t, v) => void (t.scope = v)),
  population: text((t) => t.population, (t, v) => void (t.population = v)),
  condition: text(
    (t) => t.condition,
    (t, v) => {
      t.condition = v;
      t.contingent = v !== null;
    },
  ),
  deadlineDate,
};

const MEASURE_FIELDS: Record<string, FieldSpec<Measure>> = {
  category: { read: (m) => m.category, write: (m, v) => void (m.category = present(v)) },
  // Follows a category change (the OxCGRT indicator belongs to the category); recorded like any field.
  oxcgrtCode: { read: (m) => m.oxcgrtCode, write: (m, v) => void (m.oxcgrtCode = v) },
  strength: { read: (m) => m.strength, write: (m, v) => void (m.strength = present(v) as Strength) },
  deadlineDate,
};

// A corrected field is no longer unknown, so its `missing` reason goes; the dates lists and filters use follow issuedOn.
function known(d: Directive, field: 'number' | 'kind' | 'issuedOn' | 'meetingOn' | 'province' | 'signer'): void {
  if (d.missing[field] !== undefined) {
    const { [field]: _gone, ...rest } = d.missing;
    d.missing = rest;
  }
}

const DIRECTIVE_FIELDS: Record<string, FieldSpec<Directive>> = {
  issuedOn: {
    read: (d) => d.issuedOn,
    write: (d, v) => {
      d.issuedOn = present(v);
      d.datedOn = d.issuedOn;
      d.datedFrom = d.issuedOn;
      d.datedTo = d.issuedOn;
      known(d, 'issuedOn');
    },
  },
  number: {
    read: (d) => d.number,
    write: (d, v) => {
      d.number = present(v);
      known(d, 'number');
    },
  },
  kind: {
    read: (d) => d.kind,
    write: (d, v) => {
      d.kind = present(v) as DocumentKind;
      known(d, 'kind');
    },
  },
  // The meeting date dates the directive only while its issue date is unknown.
  meetingOn: {
    read: (d) => d.meetingOn,
    write: (d, v) => {
      d.meetingOn = present(v);
      if (!d.issuedOn) {
        d.datedOn = d.meetingOn;
        d.datedFrom = d.meetingOn;
        d.datedTo = d.meetingOn;
      }
      known(d, 'meetingOn');
    },
  },
  province: {
    read: (d) => d.province?.code ?? null,
    write: (d, v) => {
      // A reference by primary key: the flush writes the code, the province row is not loaded.
      d.province = rel(Province, present(v));
      d.provinceInferred = false;
      d.provinceEvidence = 'corrected by an editor (see corrections)';
      known(d, 'province');
    },
  },
  signerName: {
    read: (d) => d.signerName,
    write: (d, v) => {
      d.signerName = present(v);
      known(d, 'signer');
    },
  },
  signerTitle: { read: (d) => d.signerTitle, write: (d, v) => void (d.signerTitle = present(v)) },
};

const FIELDS: { [K in CorrectedKind]: Record<string, FieldSpec<Row[K]>> } = {
  TARGET: TARGET_FIELDS,
  MEASURE: MEASURE_FIELDS,
  DIRECTIVE: DIRECTIVE_FIELDS,
};

export function readField<K extends CorrectedKind>(kind: K, row: Row[K], field: string): string | null {
  return spec(kind, field).read(row);
}

export function writeField<K extends CorrectedKind>(kind: K, row: Row[K], field: string, value: string | null): void {
  spec(kind, field).write(row, value);
}

function spec<K extends CorrectedKind>(kind: K, field: string): FieldSpec<Row[K]> {
  const found = FIELDS[kind][field];
  if (!found) throw new Error(`${kind.toLowerCase()} field ${field} cannot be corrected`);
  return found;
}
