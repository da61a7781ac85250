import type { EntityManager } from '@mikro-orm/postgresql';

// Which directives cite a document number: their first citation each, with province and date, one statement.

export interface Citing {
  referenceId: number;
  directiveId: number;
  province: string | null;
  datedOn: string | null;
}

export async function citingDirectives(em: EntityManager, number: string, provinces: string[] | null, year: number | null): Promise<Citing[]> {
  // A citation dated in another year cites another document of that number: numbering starts again each year.
  const rows: { reference_id: number; directive_id: number; province: string | null; dated_on: string | null }[] = await em.getConnection().execute(
    `select distinct on (r.directive_id) r.id as reference_id, r.directive_id, d.province_code as province, to_char(d.dated_on, 'YYYY-MM-DD') as dated_on
       from reference r join directive d on d.id = r.directive_id
      where r.number = ? ${year !== null ? 'and (r.issued_on is null or extract(year from r.issued_on) = ?)' : ''} ${provinces ? 'and d.province_code in (?)' : ''}
      order by r.directive_id, r.id`,
    [number, ...(year !== null ? [year] : []), ...(provinces ? [provinces] : [])],
  );
  return rows.map((r) => ({
    referenceId: r.reference_id,
    directiveId: r.directive_id,
    province: r.province,
    datedOn: r.dated_on,
  }));
}
