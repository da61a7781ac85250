import type { ScenarioInput } from './scenarios';

// What PostGraphile v5 (amber preset, peer-preset.ts) is asked for the three reads the benchmark drives
// through the platform, the peer and the floor: the closest operations its generated schema allows,
// selecting the same fields. Names are PostGraphile's own: all<Table>s, <table>sBy<Column>, <table>By<Column>.
// Directive numbers are not unique (two provinces may share one; the unique index is partial, on a
// canonical key with province and kind, which amber does not make a lookup of), so there is no
// directiveByNumber: the lookup is a condition on the indexed column, first match.

export interface PeerQuery {
  query: string;
  variables(input: ScenarioInput): Record<string, unknown>;
}

export const peerQueries: Record<'byNumberRenditions' | 'page' | 'testingTargets', PeerQuery> = {
  byNumberRenditions: {
    query: `query DirectiveRenditions($number: String!) {
  allDirectives(condition: { number: $number }, first: 1) {
    nodes {
      id number kind issuedOn
      provinceByProvinceCode { code name }
      renditionsByDirectiveId(orderBy: PRIMARY_KEY_ASC) { nodes { format quality } }
      targetsByDirectiveId(orderBy: PRIMARY_KEY_ASC) { nodes { metric value unit quote } }
    }
  }
}`,
    variables: (i) => ({ number: i.number }),
  },
  page: {
    query: `query DirectivePage($first: Int!) {
  allDirectives(first: $first, orderBy: [DATED_ON_DESC, PRIMARY_KEY_DESC]) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id number kind issuedOn datedOn
      provinceByProvinceCode { code name }
      targetsByDirectiveId(orderBy: PRIMARY_KEY_ASC) { nodes { metric value unit quote startOffset endOffset } }
      sloganMentionsByDirectiveId(orderBy: PRIMARY_KEY_ASC) {
        nodes { quoted quote startOffset endOffset sloganBySloganId { canonical kind } }
      }
    }
  }
}`,
    variables: () => ({ first: 50 }),
  },
  testingTargets: {
    query: `query TestingTargets($provinces: [String!], $metrics: [String!]) {
  allTargets(condition: { provinceIn: $provinces, metricIn: $metrics }, orderBy: PRIMARY_KEY_ASC, first: 100) {
    nodes { id metric value unit quote directiveByDirectiveId { number issuedOn } }
  }
}`,
    variables: (i) => ({ provinces: i.twoProvinces, metrics: i.testingMetrics }),
  },
};
