import type { EntityManager } from '@mikro-orm/postgresql';
import { boundQuery } from '../db/bound-query';
import type { AgencyLevel, SloganKind } from '../domain/facts';

// The shared rows a document's facts point at: agencies and slogans, created when first named, and the
// directives its references may cite. One statement for all three (each was a query of its own).

export interface WantedAgency {
  canonical_name: string;
  level: AgencyLevel;
}

export interface WantedSlogan {
  canonical: string;
  kind: SloganKind;
  gloss: string | null;
  expansion: string[] | null;
  reviewed: boolean;
}

export interface CitedDirective {
  id: number;
  number: string;
  provinceCode: string | null;
  /** The year it is dated in: numbering starts again each year. */
  year: number | null;
}

export interface Catalogues {
  /** Agency ids by canonical name, slogan ids by canonical form. */
  agencies: Map<string, number>;
  slogans: Map<string, number>;
  /** The directives numbered as one of the references. */
  cited: CitedDirective[];
}

/**
 * Finds or creates the agencies and slogans (each given once), and reads the directives with the given
 * numbers. Runs under the ingestion lock, the only writer of catalogues: the rows held already are those the
 * statement's snapshot sees, the new ones those its inserts return.
 */
export async function catalogues(em: EntityManager, agencies: WantedAgency[], slogans: WantedSlogan[], numbers: string[]): Promise<Catalogues> {
  const out: Catalogues = { agencies: new Map(), slogans: new Map(), cited: [] };
  if (agencies.length === 0 && slogans.length === 0 && numbers.length === 0) return out;
  const rows = await boundQuery<{ kind: 'agency' | 'slogan' | 'directive'; id: number; key: string; province: string | null; year: number | null }>(
    em,
    `with wanted_agency as (select * from json_populate_recordset(null::agency, ?::json)),
     added_agency as (
       insert into agency (canonical_name, level) select canonical_name, level from wanted_agency
       on conflict (canonical_name) do nothing returning id, canonical_name
     ),
     wanted_slogan as (select * from json_populate_recordset(null::slogan, ?::json)),
     added_slogan as (
       insert into slogan (canonical, kind, gloss, expansion, reviewed) select canonical, kind, gloss, expansion, reviewed from wanted_slogan
       on conflict (canonical) do nothing returning id, canonical
     )
     select 'agency' as kind, id, canonical_name as key, null as province, null::int as year from added_agency
     union all select 'agency', a.id, a.canonical_name, null, null from agency a join wanted_agency w using (canonical_name)
     union all select 'slogan', id, canonical, null, null from added_slogan
     union all select 'slogan', s.id, s.canonical, null, null from slogan s join wanted_slogan w using (canonical)
     union all select 'directive', d.id, d.number, d.province_code, extract(year from d.dated_on)::int from directive d where d.number = any(?::text[])`,
    [JSON.stringify(agencies), JSON.stringify(slogans), numbers],
  );
  for (const row of rows) {
    if (row.kind === 'agency') out.agencies.set(row.key, row.id);
    else if (row.kind === 'slogan') out.slogans.set(row.key, row.id);
    else out.cited.push({ id: row.id, number: row.key, provinceCode: row.province, year: row.year });
  }
  return out;
}
