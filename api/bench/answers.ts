// Before a read is timed, the platform, the peer (PostGraphile) and the floor must answer it with the same
// values. Each answers in its own shape (edges or nodes, `province` or `provinceByProvinceCode`, a nested
// citation or a flat quote), so each answer is first brought to one canonical value per read: facts as
// sorted lists of "field=value" lines (order within a directive is no part of the answer), lists whose
// order is the answer (a page, the first 100 targets) kept in order. Then the canonical values are compared.

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are parsed JSON, read field by field */
type Json = any;

/** One system's answer to a read, brought to the canonical value. */
export type Normaliser = (data: Json) => unknown;

export interface AnswerShapes {
  platform: Normaliser;
  peer: Normaliser;
  floor: Normaliser;
}

/** A fact as one comparable line; numbers through Number() so 8000 and 8000.0 agree. */
export function line(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? String(Number(v)) : v === undefined ? 'null' : JSON.stringify(v)}`)
    .join(' ');
}

/** A list whose order does not matter, duplicates kept: sorted lines. */
export function bag(items: Json[] | null | undefined, fields: (item: Json) => Record<string, unknown>): string[] {
  return (items ?? []).map((item) => line(fields(item))).sort();
}

const province = (p: Json) => (p ? `${p.code} ${p.name}` : null);

const byNumberRenditions: AnswerShapes = {
  platform: (data) => {
    const d = data.directive;
    return d && {
      number: d.number, kind: d.kind, issuedOn: d.issuedOn, province: province(d.province),
      renditions: bag(d.renditions, (r) => ({ format: r.format, quality: r.quality })),
      targets: bag(d.targets, (t) => ({ metric: t.metric, value: t.value, unit: t.unit, quote: t.citation.quote })),
    };
  },
  peer: (data) => {
    const d = data.allDirectives.nodes[0];
    return d && {
      number: d.number, kind: d.kind, issuedOn: d.issuedOn, province: province(d.provinceByProvinceCode),
      renditions: bag(d.renditionsByDirectiveId.nodes, (r) => ({ format: r.format, quality: r.quality })),
      targets: bag(d.targetsByDirectiveId.nodes, (t) => ({ metric: t.metric, value: t.value, unit: t.unit, quote: t.quote })),
    };
  },
  floor: (d) =>
    d && {
      number: d.number, kind: d.kind, issuedOn: d.issuedOn, province: province(d.province),
      renditions: bag(d.renditions, (r) => ({ format: r.format, quality: r.quality })),
      targets: bag(d.targets, (t) => ({ metric: t.metric, value: t.value, unit: t.unit, quote: t.quote })),
    },
};

/** A directive of the page: its fields, its targets, the slogans it mentions and the mentions. */
function pageDirective(d: Json, p: Json, targets: Json[], mentions: Json[], slogans: Json[]) {
  return {
    number: d.number, kind: d.kind, issuedOn: d.issuedOn, datedOn: d.datedOn, province: province(p),
    targets: bag(targets, (t) => ({ metric: t.metric, value: t.value, unit: t.unit, quote: t.quote, start: t.start, end: t.end })),
    slogans: [...new Set(bag(slogans, (s) => ({ canonical: s.canonical, kind: s.kind })))],
    mentions: bag(mentions, (m) => ({ quoted: m.quoted, quote: m.quote, start: m.start, end: m.end })),
  };
}

const citationFields = (c: Json) => ({ quote: c.quote, start: c.start, end: c.end });

const page: AnswerShapes = {
  platform: (data) => ({
    hasNextPage: data.directives.pageInfo.hasNextPage,
    directives: data.directives.edges.map(({ node: d }: Json) =>
      pageDirective(
        d, d.province,
        d.targets.map((t: Json) => ({ ...t, ...citationFields(t.citation) })),
        d.sloganMentions.map((m: Json) => ({ quoted: m.quoted, ...citationFields(m.citation) })),
        d.slogans,
      ),
    ),
  }),
  peer: (data) => ({
    hasNextPage: data.allDirectives.pageInfo.hasNextPage,
    directives: data.allDirectives.nodes.map((d: Json) => {
      const mentions = d.sloganMentionsByDirectiveId.nodes;
      return pageDirective(
        d, d.provinceByProvinceCode,
        d.targetsByDirectiveId.nodes.map((t: Json) => ({ ...t, start: t.startOffset, end: t.endOffset })),
        mentions.map((m: Json) => ({ quoted: m.quoted, quote: m.quote, start: m.startOffset, end: m.endOffset })),
        mentions.map((m: Json) => m.sloganBySloganId),
      );
    }),
  }),
  floor: (data) => ({
    hasNextPage: data.hasNextPage,
    directives: data.edges.map((d: Json) =>
      pageDirective(
        d, d.province,
        d.targets.map((t: Json) => ({ ...t, ...citationFields(t.citation) })),
        d.sloganMentions.map((m: Json) => ({ quoted: m.quoted, ...citationFields(m.citation) })),
        d.slogans,
      ),
    ),
  }),
};

/** The first 100 targets in id order: the order is part of the answer. */
const target = (t: Json, quote: string, directive: Json) =>
  line({ metric: t.metric, value: t.value, unit: t.unit, quote, number: directive.number, issuedOn: directive.issuedOn });

const testingTargets: AnswerShapes = {
  platform: (data) => data.targets.edges.map(({ node: t }: Json) => target(t, t.citation.quote, t.directive)),
  peer: (data) => data.allTargets.nodes.map((t: Json) => target(t, t.quote, t.directiveByDirectiveId)),
  floor: (data) => data.edges.map((t: Json) => target(t, t.quote, t.directive)),
};

export const answerShapes = { byNumberRenditions, page, testingTargets };

/** Where two canonical values differ, as paths with both values; at most `limit` of them. */
export function differences(a: unknown, b: unknown, limit = 5, path = '', out: string[] = []): string[] {
  if (out.length >= limit) return out;
  const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 160));
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path || 'answer'}: ${a.length} items against ${b.length}`);
    // Lists of lines: name what one has and the other lacks, rather than a shifted index.
    if (a.every((x) => typeof x === 'string') && b.every((x) => typeof x === 'string') && a.length !== b.length) {
      const onlyA = a.filter((x) => !b.includes(x));
      const onlyB = b.filter((x) => !a.includes(x));
      for (const x of onlyA) if (out.length < limit) out.push(`${path}: only in the first: ${show(x)}`);
      for (const x of onlyB) if (out.length < limit) out.push(`${path}: only in the second: ${show(x)}`);
      return out;
    }
    for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i], b[i], limit, `${path}[${i}]`, out);
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], limit, path ? `${path}.${k}` : k, out);
    return out;
  }
  if (a !== b) out.push(`${path || 'answer'}: ${show(a)} against ${show(b)}`);
  return out;
}

/**
 * Compares every system's canonical answer with the first one's; throws naming the read, the two systems
 * and where they differ. An empty answer (null or no items) is refused too: equal nothing proves nothing.
 */
export function assertSameAnswers(read: string, answers: { system: string; value: unknown }[]): void {
  const [first, ...others] = answers;
  const empty = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0);
  if (empty(first.value)) throw new Error(`${read}: ${first.system} answered nothing; the benchmark needs data to compare`);
  for (const other of others) {
    const found = differences(first.value, other.value);
    if (found.length) {
      throw new Error(`${read}: ${first.system} and ${other.system} answer different values:\n  ${found.join('\n  ')}`);
    }
  }
}
