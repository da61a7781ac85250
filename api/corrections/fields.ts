// The fields an editor may correct, how their values are written in the audit trail (text), and how a
// recorded value is put back on a row. One table so that a correction made now and one re-applied
// after re-extraction go through the same code.
import type { Directive, Measure, Target } from '../db/entities';
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

const TARGET_FIELDS: Record<string, FieldSpec<Target>> = {
  value: { read: (t) => String(t.value), write: (t, v) => void (t.value = Number(present(v))) },
  unit: { read: (t) => t.unit, write: (t, v) => void (t.unit = present(v)) },
};

const MEASURE_FIELDS: Record<string, FieldSpec<Measure>> = {
  category: { read: (m) => m.category, write: (m, v) => void (m.category = present(v)) },
  // Follows a category change (the OxCGRT indicator belongs to the category); recorded like any field.
  oxcgrtCode: { read: (m) => m.oxcgrtCode, write: (m, v) => void (m.oxcgrtCode = v) },
  strength: { read: (m) => m.strength, write: (m, v) => void (m.strength = present(v) as Strength) },
};

// A corrected field is no longer unknown, so its `missing` reason goes; the dates lists and filters use follow issuedOn.
function known(d: Directive, field: 'number' | 'kind' | 'issuedOn'): void {
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
