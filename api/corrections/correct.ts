// Editors' corrections. Each changed field becomes one Correction row (who, when, why, the value
// before and after) and the fact's row takes the new value, so every query, comparison and export
// serves the corrected value. Re-extraction re-applies the rows (reapply.ts).
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Correction, Directive, Measure, Target } from '../db/entities';
import type { CorrectedKind } from '../db/entities/Correction';
import { linkCitationsTo } from '../ingestion/persist-facts';
import { yearOfIso } from '../text/dates';
import { toGlobalId } from '../graphql/node/global-id';
import { documentNumberKey } from '../text/document-number';
import { CorrectionError } from './errors';
import { factKeys } from './fact-key';
import { readField, writeField } from './fields';
import { checkCategory, checkCount, checkDate, checkDocumentNumber, checkPersonName, checkProvince, checkQualifierText, checkReason, checkTargetValue, checkUnit } from './validate';

export interface Author {
  keyId: number;
  name: string;
}

export interface TargetChanges {
  value?: number | null;
  unit?: string | null;
  poolSize?: number | null;
  dose?: number | null;
  /** "" clears a text qualifier. */
  scope?: string | null;
  population?: string | null;
  condition?: string | null;
  deadlineDate?: string | null;
}

export interface MeasureChanges {
  category?: string | null;
  strength?: string | null;
  deadlineDate?: string | null;
}

export interface DirectiveChanges {
  issuedOn?: string | null;
  number?: string | null;
  kind?: string | null;
  meetingOn?: string | null;
  province?: string | null;
  signerName?: string | null;
  signerTitle?: string | null;
}

type Change = [field: string, value: string | null];

/** Identity of a fact for its corrections: the key its earlier corrections use, else its own now. */
interface Identity {
  factKey: string;
  factQuote: string | null;
}

function given<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

function nothingGiven(fields: string): CorrectionError {
  return new CorrectionError('BAD_USER_INPUT', `nothing to correct: give at least one of ${fields}`);
}

export async function correctTarget(em: EntityManager, author: Author, id: number, changes: TargetChanges, reason: string): Promise<number> {
  const why = checkReason(reason);
  const fields = ['value', 'unit', 'poolSize', 'dose', 'scope', 'population', 'condition', 'deadlineDate'] as const;
  if (!fields.some((f) => given(changes[f]))) throw nothingGiven(fields.join(', '));
  if (given(changes.unit)) changes = { ...changes, unit: checkUnit(changes.unit) };
  const qualifiers: Change[] = [];
  if (given(changes.poolSize)) qualifiers.push(['poolSize', String(checkCount(changes.poolSize, 'poolSize', 2, 100))]);
  if (given(changes.dose)) qualifiers.push(['dose', String(checkCount(changes.dose, 'dose', 1, 10))]);
  for (const field of ['scope', 'population', 'condition'] as const) if (given(changes[field])) qualifiers.push([field, checkQualifierText(changes[field], field)]);
  if (given(changes.deadlineDate)) qualifiers.push(['deadlineDate', checkDate(changes.deadlineDate, '2099-12-31')]);
  return inTransaction(em, async (tx) => {
    const target = await lockFact(tx, Target, id, 'target');
    if (given(changes.value)) checkTargetValue(changes.value, changes.unit ?? target.unit);
    const list: Change[] = [];
    if (given(changes.value)) list.push(['value', String(changes.value)]);
    if (given(changes.unit)) list.push(['unit', changes.unit]);
    list.push(...qualifiers);
    await record(tx, 'TARGET', target, target.directive, await identity(tx, 'TARGET', target), list, author, why);
    return target.id;
  });
}

export async function correctMeasure(em: EntityManager, author: Author, id: number, changes: MeasureChanges, reason: string): Promise<number> {
  const why = checkReason(reason);
  if (!given(changes.category) && !given(changes.strength) && !given(changes.deadlineDate)) throw nothingGiven('category, strength, deadlineDate');
  const deadline = given(changes.deadlineDate) ? checkDate(changes.deadlineDate, '2099-12-31') : null;
  const category = given(changes.category) ? checkCategory(changes.category) : null;
  return inTransaction(em, async (tx) => {
    const measure = await lockFact(tx, Measure, id, 'measure');
    const list: Change[] = [];
    // The indicator follows a new category only: re-stating the category leaves it as extracted.
    if (category && category.code !== measure.category) list.push(['category', category.code], ['oxcgrtCode', category.oxcgrt]);
    else if (category) list.push(['category', category.code]);
    if (given(changes.strength)) list.push(['strength', changes.strength]);
    if (deadline) list.push(['deadlineDate', deadline]);
    await record(tx, 'MEASURE', measure, measure.directive, await identity(tx, 'MEASURE', measure), list, author, why);
    return measure.id;
  });
}

export async function correctDirective(em: EntityManager, author: Author, id: number, changes: DirectiveChanges, reason: string): Promise<number> {
  const why = checkReason(reason);
  const fields = ['issuedOn', 'number', 'kind', 'meetingOn', 'province', 'signerName', 'signerTitle'] as const;
  if (!fields.some((f) => given(changes[f]))) throw nothingGiven(fields.join(', '));
  const list: Change[] = [];
  if (given(changes.issuedOn)) list.push(['issuedOn', checkDate(changes.issuedOn)]);
  if (given(changes.number)) list.push(['number', checkDocumentNumber(changes.number)]);
  if (given(changes.kind)) list.push(['kind', changes.kind]);
  if (given(changes.meetingOn)) list.push(['meetingOn', checkDate(changes.meetingOn)]);
  if (given(changes.province)) list.push(['province', checkProvince(changes.province)]);
  if (given(changes.signerName)) list.push(['signerName', checkPersonName(changes.signerName)]);
  if (given(changes.signerTitle)) list.push(['signerTitle', checkQualifierText(changes.signerTitle, 'signerTitle')]);
  return inTransaction(em, async (tx) => {
    const directive = await lockFact(tx, Directive, id, 'directive');
    await refuseDuplicateNumber(tx, directive, list);
    await record(tx, 'DIRECTIVE', directive, directive, { factKey: '', factQuote: null }, list, author, why);
    // Citations of the corrected number made before now point at this directive.
    if (list.some(([field]) => field === 'number')) await linkCitationsTo(tx, directive);
    return directive.id;
  });
}

/**
 * A number (or province, kind or date) that would make this directive another one's namesake, of the same
 * province, kind and year (numbering starts again each year), is refused: merge them instead.
 */
async function refuseDuplicateNumber(em: EntityManager, directive: Directive, changes: Change[]): Promise<void> {
  const changed = (field: string) => changes.find(([f]) => f === field)?.[1];
  const number = changed('number') ?? directive.number;
  if (!number || !['number', 'province', 'kind', 'issuedOn', 'meetingOn'].some((f) => changed(f) !== undefined)) return;
  const province = changed('province') ?? directive.province?.code ?? null;
  const kind = changed('kind') ?? directive.kind;
  const dated = (changed('issuedOn') !== undefined ? changed('issuedOn') : directive.issuedOn) ?? (changed('meetingOn') !== undefined ? changed('meetingOn') : directive.meetingOn);
  const year = yearOfIso(dated as string | null);
  const namesakes = await em.find(Directive, { numberKey: documentNumberKey(number), province: province ? { code: province } : null, kind, id: { $ne: directive.id } } as never);
  const twin = namesakes.find((d) => yearOfIso(d.datedOn) === year);
  if (twin) {
    throw new CorrectionError('BAD_USER_INPUT', `${twin.number} is already the number of another directive of the same province, kind and year (${toGlobalId('Directive', twin.id)}): correct that one, or ask for the two to be merged`);
  }
}

function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.fork().transactional((tx) => work(tx as EntityManager));
}

/** The row, locked until the transaction ends: two editors correcting one fact take turns. */
async function lockFact<E extends { id: number }>(em: EntityManager, entity: new () => E, id: number, what: string): Promise<E> {
  const row = await em.findOne(entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!row) throw new CorrectionError('NOT_FOUND', `there is no ${what} with this id (re-extraction may have replaced it: list the directive's ${what}s again)`);
  return row;
}

async function identity(em: EntityManager, kind: 'TARGET' | 'MEASURE', fact: Target | Measure): Promise<Identity> {
  const earlier = await em.findOne(Correction, { kind, factId: fact.id }, { orderBy: { id: 'asc' } });
  if (earlier) return { factKey: earlier.factKey, factQuote: earlier.factQuote };
  const siblings: (Target | Measure)[] = kind === 'TARGET' ? await em.find(Target, { directive: fact.directive }) : await em.find(Measure, { directive: fact.directive });
  const keys = factKeys(siblings as (Target | Measure)[]);
  return { factKey: keys.get(fact)!, factQuote: fact.citation.quote };
}

async function record<K extends CorrectedKind>(
  em: EntityManager,
  kind: K,
  row: Parameters<typeof readField<K>>[1] & { id: number },
  directive: Directive,
  { factKey, factQuote }: Identity,
  changes: Change[],
  author: Author,
  reason: string,
): Promise<void> {
  let recorded = 0;
  for (const [field, value] of changes) {
    const previousValue = readField(kind, row, field);
    if (previousValue === value) continue;
    em.create(Correction, { directive, kind, factKey, factQuote, factId: row.id, field, previousValue, newValue: value, reason, author: author.keyId, authorName: author.name });
    writeField(kind, row, field, value);
    recorded++;
  }
  if (recorded === 0) {
    const now = changes.map(([field]) => `${field} ${JSON.stringify(readField(kind, row, field))}`).join(', ');
    throw new CorrectionError('BAD_USER_INPUT', `nothing to correct: it already reads ${now}`);
  }
  await em.flush();
}
