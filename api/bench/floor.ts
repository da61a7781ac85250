import { RANKED_TEXTS } from '../search/search';
import type { ScenarioInput } from './scenarios';

// The floor: each scenario's data fetched with one hand-written statement through the pg driver, the
// answer assembled by PostgreSQL (json_build_object / json_agg) and serialized with JSON.stringify, or
// written as CSV for the export. Nothing an API framework adds (parsing, validation, resolvers,
// DataLoaders, an ORM's identity map) happens here: the ratio between the platform and this is the
// platform's overhead. The statements fetch the same rows and fields as the GraphQL operations.

export interface FloorQuery {
  sql: string;
  params(input: ScenarioInput): unknown[];
  format: 'json' | 'csv';
}

const citation = (t: string) => `json_build_object('quote', ${t}.quote, 'start', ${t}.start_offset, 'end', ${t}.end_offset)`;

// A comparison cell as the platform answers it: the newest 5 facts (newest directive first) and a count.
// The same two steps as the platform (comparison-facts.ts): totals hashed from the covering indexes, then
// per cell the province's directives newest first up to the 5th fact; only the facts shown are read whole.
const PER_CELL = 5;
const ranked = (facts: string, row: string, where = 'true') => `
    select f.*, c.province_code, newest.directive_number, newest.directive_issued_on, c.total, newest.rank
      from (select f.${row} as row, d.province_code, count(*) as total
              from d cross join lateral (select f.${row} from ${facts} f where f.directive_id = d.id and ${where} offset 0) f
             group by 1, 2) c
      cross join lateral (
        select f.id, newer.number as directive_number, newer.issued_on as directive_issued_on,
               row_number() over (order by newer.dated_on desc nulls last, newer.id desc, f.id) as rank
          from directive newer join ${facts} f on f.directive_id = newer.id and f.${row} = c.row
         where newer.province_code = c.province_code
         order by newer.dated_on desc nulls last, newer.id desc, f.id
         limit ${PER_CELL}) newest
      join ${facts} f on f.id = newest.id`;

/** Two provinces on the TESTING metrics: cells of targets, and slogans with their newest mentions. */
const compareTesting: FloorQuery = {
  sql: `
    with d as (select id, province_code, number, issued_on, dated_on from directive where province_code = any($1::text[])),
    t as (${ranked('target', 'metric', 'f.metric = any($2::text[])')}),
    cells as (
      select t.metric, t.province_code, max(t.total) as total,
             json_agg(json_build_object(
               'value', t.value, 'unit', t.unit,
               'qualifiers', json_build_object('poolSize', t.pool_size, 'scope', t.scope, 'condition', t.condition),
               'deadline', json_build_object('kind', t.deadline_kind, 'date', t.deadline_date, 'periodStart', t.deadline_period_start,
                                             'periodEnd', t.deadline_period_end, 'days', t.deadline_days, 'hours', t.deadline_hours, 'event', t.deadline_event),
               'citation', json_build_object('quote', t.quote, 'start', t.start_offset, 'end', t.end_offset,
                                             'rendition', json_build_object('id', t.rendition_id, 'format', r.format)),
               'directive', json_build_object('number', t.directive_number, 'issuedOn', t.directive_issued_on)) order by t.rank) as targets
        from t join rendition r on r.id = t.rendition_id
       where t.rank <= ${PER_CELL}
       group by 1, 2
    ),
    m as (${ranked('slogan_mention', 'slogan_id')}),
    s as (
      select s.id, s.canonical, s.kind, s.gloss, count(distinct m.province_code) as provinces, sum(m.total) filter (where m.rank = 1) as uses,
             json_agg(json_build_object('province', m.province_code, 'quote', m.quote) order by m.province_code, m.rank) as mentions
        from slogan s join m on m.slogan_id = s.id
       where m.rank <= ${PER_CELL}
       group by s.id
    )
    select json_build_object(
      'provinces', (select json_agg(json_build_object('code', code, 'name', name)) from province where code = any($1::text[])),
      'targets', (select json_agg(json_build_object('metric', metric, 'cells', cells)) from (
        select metric, json_agg(json_build_object('province', province_code, 'count', total, 'targets', targets)) as cells from cells group by metric) rows),
      'slogans', (select json_agg(json_build_object('canonical', canonical, 'kind', kind, 'gloss', gloss, 'provinces', provinces, 'mentionCount', uses, 'mentions', mentions)) from s)
    ) as body`,
  params: (i) => [i.twoProvinces, i.testingMetrics],
  format: 'json',
};

/** Ten provinces: target cells by metric, measure counts by category, slogans with their provinces, the 20 most similar shared passages. */
const compareAll: FloorQuery = {
  sql: `
    with d as (select id, province_code, number, issued_on, dated_on from directive where province_code = any($1::text[])),
    t as (${ranked('target', 'metric')}),
    passages as (
      -- Pairs and similarities only, as the platform reads them (index-only); quotes for the 20 shown.
      select sp.id, sp.similarity
        from shared_passage sp join directive mine on mine.id = sp.directive_id join directive theirs on theirs.id = sp.other_id
       where mine.province_code = any($1::text[]) and theirs.province_code = any($1::text[])
         and sp.directive_id < sp.other_id and mine.province_code <> theirs.province_code
    )
    select json_build_object(
      'provinces', (select json_agg(json_build_object('code', code, 'name', name)) from province where code = any($1::text[])),
      'targets', (select json_agg(json_build_object('metric', metric, 'province', province_code, 'count', total, 'value', value, 'unit', unit, 'quote', quote))
                    from t where rank <= ${PER_CELL}),
      'measures', (select json_agg(json_build_object('category', category, 'province', province_code, 'count', n))
                     from (select m.category, d.province_code, count(*) as n from measure m join d on d.id = m.directive_id group by 1, 2) c),
      'slogans', (select json_agg(json_build_object('canonical', s.canonical, 'provinces', p.codes))
                    from (select sm.slogan_id, array_agg(distinct d.province_code) as codes from slogan_mention sm join d on d.id = sm.directive_id group by 1) p
                    join slogan s on s.id = p.slogan_id),
      'sharedPassages', (select json_agg(p) from (
        select sp.similarity, sp.words, sp.quote
          from (select id from passages order by similarity desc, id limit 20) top join shared_passage sp on sp.id = top.id
         order by sp.similarity desc, sp.id) p),
      'sharedPassageCount', (select count(*) from passages)
    ) as body`,
  params: (i) => [i.tenProvinces],
  format: 'json',
};

/** The newest 50 directives (keyset order of the list), each with targets, slogans and mentions; a 51st read tells whether a next page exists. */
const page: FloorQuery = {
  sql: `
    with d51 as (
      select d.id, d.number, d.kind, d.issued_on, d.dated_on, d.province_code
        from directive d order by d.dated_on desc nulls last, d.id desc limit 51
    ), d as (select * from d51 order by dated_on desc nulls last, id desc limit 50)
    select json_build_object('hasNextPage', (select count(*) > 50 from d51), 'edges', json_agg(json_build_object(
      'id', d.id, 'number', d.number, 'kind', d.kind, 'issuedOn', d.issued_on, 'datedOn', d.dated_on,
      'province', (select json_build_object('code', p.code, 'name', p.name) from province p where p.code = d.province_code),
      'targets', (select coalesce(json_agg(json_build_object('metric', t.metric, 'value', t.value, 'unit', t.unit, 'citation', ${citation('t')}) order by t.id), '[]')
                    from target t where t.directive_id = d.id),
      'slogans', (select coalesce(json_agg(json_build_object('canonical', s.canonical, 'kind', s.kind)), '[]')
                    from slogan s where s.id in (select slogan_id from slogan_mention where directive_id = d.id)),
      'sloganMentions', (select coalesce(json_agg(json_build_object('quoted', m.quoted, 'citation', json_build_object('quote', m.quote, 'start', m.start_offset, 'end', m.end_offset)) order by m.id), '[]')
                           from slogan_mention m where m.directive_id = d.id)
    ) order by d.dated_on desc nulls last, d.id desc)) as body
    from d`,
  params: () => [],
  format: 'json',
};

/** The same full-text statement the platform runs: ranked passages with a headline. */
// Ranks the same candidates as the platform (search/search.ts): each distinct text once, the first
// RANKED_TEXTS the index yields; then the best texts' passages, at most a page's worth each.
const search: FloorQuery = {
  sql: `
    with q as (select websearch_to_tsquery('vietnamese_unaccent', search_text($1)) as q),
    ranked as materialized (
      select c.id, c.text, ts_rank_cd(c.search, (select q from q), 1 | 32) as density
        from (select t.id, t.text, t.search from passage_text t, q where t.search @@ q.q limit ${RANKED_TEXTS}) c
    )
    select json_build_object('edges', coalesce(json_agg(json_build_object(
      'number', h.number, 'province', h.province_code, 'quote', h.text, 'start', h.start_offset, 'end', h.end_offset,
      'snippet', ts_headline('vietnamese_unaccent', search_text(h.text), (select q from q)))), '[]')) as body
    from (
      select r.text, p.start_offset, p.end_offset, d.number, d.province_code
        from (select * from ranked order by density desc) r
        cross join lateral (select o.id from passage o where o.text_id = r.id order by o.id limit 21 offset 0) o
        join passage p on p.id = o.id join directive d on d.id = p.directive_id
       order by r.density desc, o.id limit 21
    ) h`,
  params: (i) => [i.searchQuery],
  format: 'json',
};

const byNumber: FloorQuery = {
  sql: `
    select json_build_object(
      'id', d.id, 'number', d.number, 'kind', d.kind, 'issuedOn', d.issued_on, 'meetingOn', d.meeting_on, 'subject', d.subject,
      'province', (select json_build_object('code', p.code, 'name', p.name) from province p where p.code = d.province_code),
      'issuer', (select json_build_object('name', i.name) from issuer i where i.id = d.issuer_id),
      'signer', json_build_object('name', d.signer_name, 'title', d.signer_title),
      'measures', (select json_agg(json_build_object('category', m.category, 'strength', m.strength, 'quote', m.quote) order by m.id) from measure m where m.directive_id = d.id),
      'targets', (select json_agg(json_build_object('metric', t.metric, 'value', t.value, 'unit', t.unit, 'quote', t.quote) order by t.id) from target t where t.directive_id = d.id),
      'references', (select json_agg(json_build_object('number', r.number, 'quote', r.quote) order by r.id) from reference r where r.directive_id = d.id)
    ) as body
    from directive d where d.number = $1`,
  params: (i) => [i.number],
  format: 'json',
};

/** One directive by number: its province, its renditions' format and quality, its targets with quotes. */
const byNumberRenditions: FloorQuery = {
  sql: `
    select json_build_object(
      'id', d.id, 'number', d.number, 'kind', d.kind, 'issuedOn', d.issued_on,
      'province', (select json_build_object('code', p.code, 'name', p.name) from province p where p.code = d.province_code),
      'renditions', (select coalesce(json_agg(json_build_object('format', r.format, 'quality', r.quality) order by r.id), '[]') from rendition r where r.directive_id = d.id),
      'targets', (select coalesce(json_agg(json_build_object('metric', t.metric, 'value', t.value, 'unit', t.unit, 'quote', t.quote) order by t.id), '[]')
                    from target t where t.directive_id = d.id)
    ) as body
    from directive d where d.number = $1 limit 1`,
  params: (i) => [i.number],
  format: 'json',
};

/** The first 100 targets (id order) of two provinces on the TESTING metrics, with their directive's number and issue date. */
const testingTargets: FloorQuery = {
  sql: `
    select json_build_object('edges', coalesce(json_agg(json_build_object(
      'metric', t.metric, 'value', t.value, 'unit', t.unit, 'quote', t.quote, 'directive', json_build_object('number', t.number, 'issuedOn', t.issued_on)
    ) order by t.id), '[]')) as body
    from (
      select t.id, t.metric, t.value, t.unit, t.quote, d.number, d.issued_on
        from target t join directive d on d.id = t.directive_id
       where d.province_code = any($1::text[]) and t.metric = any($2::text[])
       order by t.id limit 100
    ) t`,
  params: (i) => [i.twoProvinces, i.testingMetrics],
  format: 'json',
};

/** Every target with its directive, province and rendition origin, in id order. */
const exportTargets: FloorQuery = {
  sql: `
    select p.code as province_code, p.name as province_name, d.number as directive_number, d.id as directive_id, d.kind as document_kind,
           d.issued_on::text, d.meeting_on::text, d.dated_on::text, t.metric, t.value, t.unit, t.pool_size, t.dose, t.scope, t.population,
           t.condition, t.deadline_kind, t.deadline_date::text, t.deadline_period_start::text, t.deadline_period_end::text, t.deadline_days, t.deadline_hours,
           t.deadline_event, t.quote, t.rendition_id, r.origin as rendition_origin, t.start_offset as start,
           t.end_offset as end, t.rule
      from target t join directive d on d.id = t.directive_id left join province p on p.code = d.province_code
      join rendition r on r.id = t.rendition_id
     order by t.id`,
  params: () => [],
  format: 'csv',
};

export const floorQueries = { compareTesting, compareAll, page, search, byNumber, byNumberRenditions, testingTargets, exportTargets };
