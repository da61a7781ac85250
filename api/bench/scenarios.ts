import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../repo-root';
import { answerShapes, type AnswerShapes } from './answers';
import { RANKED_TEXTS } from '../search/search';
import { floorQueries, type FloorQuery } from './floor';
import { peerQueries, type PeerQuery } from './peer-queries';

// The fixed requests the benchmark drives, each with the hand-written SQL that fetches the same data
// (floor.ts). Arguments come from the loaded corpus (ScenarioInput), so every size answers real data.

export interface ScenarioInput {
  /** Quảng Ninh and Thanh Hóa, the seeds' provinces. */
  twoProvinces: [string, string];
  /** Ten provinces holding directives. */
  tenProvinces: string[];
  /** The number of a directive in the middle of the corpus. */
  number: string;
  /** Typed without diacritics, as on a phone keyboard. */
  searchQuery: string;
  /** Target metrics of the TESTING category (seeds/lexicons/metrics.json). */
  testingMetrics: string[];
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Scenario {
  name: string;
  title: string;
  /** A GraphQL request (its SQL statements are counted); the export route is not. */
  graphql: boolean;
  request(input: ScenarioInput): HttpRequest;
  floor: FloorQuery;
  /** What of its cost grows with the corpus, and why: printed beside its growth figures. */
  growth: string;
  /** Why the platform cannot run it yet (a feature another change adds), or null. */
  missing(platform: PlatformFeatures): string | null;
  /** The same read asked of PostGraphile (peer-queries.ts), for the reads the peer is compared on. */
  peer?: PeerQuery;
  /** How each system's answer reads as one canonical value, checked equal before timing (answers.ts). */
  answers?: AnswerShapes;
}

export interface PlatformFeatures {
  /** schema/schema.graphql as committed. */
  schema: string;
  /** HTTP status of GET /export/targets.csv?provinces=XX (404 when the route does not exist). */
  exportStatus: number;
}

function operation(file: string): string {
  return fs.readFileSync(path.join(repoRoot(), 'schema', 'operations', file), 'utf8');
}

export function graphqlRequest(query: string, variables: Record<string, unknown>): HttpRequest {
  return { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) };
}

const PAGE_OF_50 = `query DirectivePage($first: Int!) {
  directives(first: $first) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id number kind issuedOn datedOn
        province { code name }
        targets { metric value unit citation { quote start end } }
        slogans { canonical kind }
        sloganMentions { quoted citation { quote start end } }
      }
    }
  }
}`;

const BY_NUMBER = `query DirectiveByNumber($number: String!) {
  directive(number: $number) {
    id number kind issuedOn meetingOn subject
    province { code name }
    issuer { name }
    signer { name title }
    measures { category strength citation { quote } }
    targets { metric value unit citation { quote } }
    references { number citation { quote } }
  }
}`;

const BY_NUMBER_RENDITIONS = `query DirectiveRenditions($number: String!) {
  directive(number: $number) {
    id number kind issuedOn
    province { code name }
    renditions { format quality }
    targets { metric value unit citation { quote } }
  }
}`;

const TESTING_TARGETS = `query TestingTargets($provinces: [String!], $metrics: [String!]) {
  targets(provinces: $provinces, metrics: $metrics, first: 100) {
    edges { node { id metric value unit citation { quote } directive { number issuedOn } } }
  }
}`;

const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 20) {
    edges { node { directive { number province { code } } citation { quote start end } snippet { text highlighted } } }
  }
}`;

const hasSearch = (p: PlatformFeatures) => /^\s+search\(/m.test(p.schema);

export const SCENARIOS: Scenario[] = [
  {
    name: 'compare-2-testing',
    title: 'compare two provinces on testing (CompareTestingGoalsAndSlogans)',
    graphql: true,
    request: (i) => graphqlRequest(operation('CompareTestingGoalsAndSlogans.graphql'), { provinces: i.twoProvinces, categories: ['TESTING'] }),
    growth: `bounded answer (newest 5 facts per cell); each cell's count reads the two provinces' testing targets and slogan mentions from covering indexes (index-only, no sort): linear in their directives (~5 at 100, ~950 at 30,000) at a few microseconds each; the newest 5 per cell stop early`,
    floor: floorQueries.compareTesting,
    missing: () => null,
  },
  {
    name: 'compare-10-all',
    title: 'compare ten provinces on everything (CompareProvinces)',
    graphql: true,
    request: (i) => graphqlRequest(operation('CompareProvinces.graphql'), { provinces: i.tenProvinces }),
    growth: `bounded answer, but counts every measure, slogan use and shared passage of ten provinces' directives (a sixth of the corpus; ~150,000 measures and ~500,000 shared-passage rows at 30,000), from covering indexes: linear in those directives`,
    floor: floorQueries.compareAll,
    missing: () => null,
  },
  {
    name: 'page-50',
    title: 'a page of 50 directives with targets, slogans and citations',
    graphql: true,
    request: () => graphqlRequest(PAGE_OF_50, { first: 50 }),
    growth: `flat: the newest 50 by the list-order index, facts by directive id through DataLoaders`,
    floor: floorQueries.page,
    missing: () => null,
    peer: peerQueries.page,
    answers: answerShapes.page,
  },
  {
    name: 'by-number-renditions',
    title: 'one directive by number with province, renditions (format, quality), targets with quotes',
    graphql: true,
    request: (i) => graphqlRequest(BY_NUMBER_RENDITIONS, { number: i.number }),
    growth: `flat: one lookup in the index on lower(number), renditions and targets by directive id`,
    floor: floorQueries.byNumberRenditions,
    missing: () => null,
    peer: peerQueries.byNumberRenditions,
    answers: answerShapes.byNumberRenditions,
  },
  {
    name: 'targets-2-testing',
    title: 'testing targets of two provinces, first 100, with directive number and date',
    graphql: true,
    request: (i) => graphqlRequest(TESTING_TARGETS, { provinces: i.twoProvinces, metrics: i.testingMetrics }),
    growth: `bounded answer (the first 100 in id order); grows while the two provinces hold fewer than 100 testing targets`,
    floor: floorQueries.testingTargets,
    missing: () => null,
    peer: peerQueries.testingTargets,
    answers: answerShapes.testingTargets,
  },
  {
    name: 'search',
    title: 'search typed without diacritics',
    graphql: true,
    request: (i) => graphqlRequest(SEARCH, { query: i.searchQuery }),
    growth: `the GIN index finds the matching distinct texts; at most ${RANKED_TEXTS} of them are ranked (ts_rank_cd), then their passages listed: what grows is the index lookup (GIN posting lists), not the ranking`,
    floor: floorQueries.search,
    missing: (p) => (hasSearch(p) ? null : 'the `search` query is not in schema/schema.graphql yet'),
  },
  {
    name: 'by-number',
    title: 'one directive by number',
    graphql: true,
    request: (i) => graphqlRequest(BY_NUMBER, { number: i.number }),
    growth: `flat: one lookup in the index on lower(number), facts by directive id`,
    floor: floorQueries.byNumber,
    missing: () => null,
  },
  {
    name: 'export-targets',
    title: 'export of all targets (GET /export/targets.csv)',
    graphql: false,
    request: () => ({ method: 'GET', path: '/export/targets.csv', headers: {} }),
    growth: `exports every target of the corpus: the answer itself grows with the corpus (streamed, so memory does not)`,
    floor: floorQueries.exportTargets,
    missing: (p) => (p.exportStatus === 404 ? 'GET /export/targets.csv does not exist yet' : null),
  },
];
