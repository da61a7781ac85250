import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive } from '../db/entities';
import { documentNumberKey } from '../text/document-number';
import { readRows, type Nest } from './rows';

/**
 * Directives numbered `number` (by key, as ingestion matches them: case, spacing and look-alike letters aside,
 * "402-cv/tu" is 402-CV/TU), in `province` and dated in `year` (or undated) when given; at most two, enough to
 * tell an ambiguous number. Plain SQL on the index of number keys, with the relations of `nest` in the same
 * statement; `only` the properties given, when given (ReadOptions.only).
 */
export function directivesByNumber(
  em: EntityManager,
  number: string,
  province: string | null,
  year: number | null,
  nest: Nest = {},
  only?: readonly string[],
): Promise<Directive[]> {
  const params: unknown[] = [documentNumberKey(number)];
  let where = 't."number_key" = ?';
  if (province) {
    where += ' and t."province_code" = ?';
    params.push(province.trim().toUpperCase());
  }
  // Numbering starts again each year: 4421/UBND-VXNV of 2020 is not that of 2021.
  if (year !== null) {
    where += ' and (t."dated_on" is null or extract(year from t."dated_on") = ?)';
    params.push(year);
  }
  return readRows(em, Directive, where, params, 't."id"', { limit: 2, nest, only, byKey: true });
}
