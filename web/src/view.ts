import { h, vi, type Child } from './dom';
import { describeDeadline, formatDate, formatNumber } from './format';
import type { PageCitationFragment, PageComparisonQuery, PageSloganUseFragment } from './generated/graphql';
import { unitLabel } from './lexicons';

// The comparison as HTML: one column per province (stacked on phones), every fact with a button that
// opens its quote in the original text.

type Comparison = PageComparisonQuery['compare'];
type TargetRow = Comparison['targets'][number];
type Target = TargetRow['cells'][number]['targets'][number];
type SharedPassage = Comparison['sharedPassages'][number];
export type OpenQuote = (citation: PageCitationFragment) => void;

export function renderComparison(c: Comparison, topic: string, open: OpenQuote): HTMLElement {
  const names = new Map(c.provinces.map((p) => [p.code, p.name]));
  const name = (code: string | undefined) => (code && names.get(code)) ?? code ?? 'unknown province';
  // One grid track per province; CSS turns it into a single column on narrow screens.
  const columns = (cells: Child[]) => h('div', { class: 'cols', style: `--cols: ${c.provinces.length}` }, cells);
  const quoteButton = (citation: PageCitationFragment, label?: string) =>
    h('button', { type: 'button', class: 'quote-link', title: 'Show this quote in the original text', onclick: () => open(citation) }, label ?? vi(`“${citation.quote}”`));

  const measureCount = (code: string) =>
    c.measures.reduce((sum, row) => sum + (row.cells.find((cell) => cell.province.code === code)?.count ?? 0), 0);

  const target = (t: Target, unit: string) =>
    h(
      'div',
      { class: 'target' },
      h('p', { class: 'value' }, h('strong', { class: 'number' }, formatNumber(t.value)), ' ', unit === 'PERCENT' ? '%' : unitLabel(unit)),
      qualifiers(t),
      t.deadline ? h('p', { class: 'deadline' }, 'Deadline: ', describeDeadline(t.deadline)) : null,
      quoteButton(t.citation),
      h('p', { class: 'from' }, `${t.directive.number ?? 'unnumbered directive'} of ${formatDate(t.directive.datedOn)}`),
    );

  const targetRow = (row: TargetRow) =>
    h(
      'section',
      { class: 'metric', 'data-metric': row.metric },
      h('h3', null, row.label),
      columns(
        row.cells.map((cell) =>
          h(
            'article',
            { class: cell.empty ? 'cell empty' : 'cell', 'data-province': cell.province.code },
            h('h4', { lang: 'vi' }, name(cell.province.code)),
            cell.empty
              ? // "No documents held" is a gap in the corpus; "No target set" is what the province's documents say.
                h('p', { class: 'none' }, cell.status === 'NO_DOCUMENTS' ? 'No documents of this province held' : 'No target set')
              : cell.targets.map((t) => target(t, row.unit)),
            cell.count > cell.targets.length ? h('p', { class: 'more' }, `and ${cell.count - cell.targets.length} older`) : null,
          ),
        ),
      ),
    );

  const mentionButtons = (use: PageSloganUseFragment) => {
    const seen = new Map<string, number>();
    return use.mentions.map((m) => {
      const number = m.directive.number ?? 'unnumbered';
      const nth = (seen.get(number) ?? 0) + 1;
      seen.set(number, nth);
      const where = `${name(m.directive.province?.code)}, ${number}${nth > 1 ? ` (${nth})` : ''}`;
      return quoteButton(m.citation, where);
    });
  };
  const slogan = (use: PageSloganUseFragment, showProvinces = false) =>
    h(
      'li',
      { class: 'slogan' },
      vi(use.slogan.canonical, 'strong'),
      // An unreviewed slogan has no gloss yet: show nothing rather than a placeholder.
      use.slogan.gloss ? h('span', { class: 'gloss' }, ` ${use.slogan.gloss}`) : null,
      showProvinces ? h('span', { class: 'gloss' }, ` (${[...new Set(use.mentions.map((m) => name(m.directive.province?.code)))].join(', ')})`) : null,
      h('span', { class: 'mentions' }, mentionButtons(use)),
    );

  const passage = (p: SharedPassage) =>
    h(
      'article',
      { class: 'passage' },
      h('p', { class: 'summary' }, p.summary, h('span', { class: 'similarity' }, ` · ${Math.round(p.similarity * 100)}% alike over ${p.words} words`)),
      h('div', { class: 'cols', style: '--cols: 2' }, [
        passageSide(name(p.directive.province?.code), p.directive.number, p.citation, open),
        passageSide(name(p.other.province?.code), p.other.number, p.otherCitation, open),
      ]),
    );

  const slogans = c.slogans;
  return h(
    'div',
    { class: 'comparison' },
    h(
      'section',
      { class: 'overview' },
      h('h2', null, `${topic}: ${c.provinces.map((p) => p.name).join(' · ')}`),
      columns(
        c.provinces.map((p) =>
          h('p', { class: 'count' }, h('strong', { lang: 'vi' }, p.name), ` ${formatNumber(measureCount(p.code))} measures on this topic`),
        ),
      ),
    ),
    h(
      'section',
      { class: 'targets' },
      h('h2', null, 'Targets'),
      c.targets.length ? c.targets.map(targetRow) : h('p', { class: 'none' }, 'None of these provinces set a quantitative target on this topic.'),
    ),
    h(
      'section',
      { class: 'slogans' },
      h('h2', null, 'Slogans'),
      h('h3', null, c.provinces.length === 2 ? 'Used by both' : 'Used by all'),
      slogans.shared.length ? h('ul', null, slogans.shared.map((u) => slogan(u))) : h('p', { class: 'none' }, 'No slogan is used by every one.'),
      slogans.partlyShared.length ? [h('h3', null, 'Used by some'), h('ul', null, slogans.partlyShared.map((u) => slogan(u, true)))] : null,
      h('h3', null, 'Used by one only'),
      columns(
        slogans.unique.map((u) =>
          h(
            'article',
            { class: 'cell', 'data-province': u.province.code },
            h('h4', { lang: 'vi' }, name(u.province.code)),
            u.slogans.length ? h('ul', null, u.slogans.map((s) => slogan(s))) : h('p', { class: 'none' }, 'None of its own'),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'reuse' },
      h('h2', null, 'Reused passages'),
      c.sharedPassageCount > c.sharedPassages.length
        ? h('p', { class: 'more' }, `The ${c.sharedPassages.length} most similar of ${c.sharedPassageCount}.`)
        : null,
      c.sharedPassages.length
        ? c.sharedPassages.map(passage)
        : h('p', { class: 'none' }, 'No passage on this topic is repeated between these provinces’ directives.'),
    ),
  );
}

function qualifiers(t: Target): HTMLElement | null {
  const q = t.qualifiers;
  const items: Child[] = [
    q.poolSize ? h('li', null, `pooled, ${formatNumber(q.poolSize)} samples per pool`) : null,
    q.dose ? h('li', null, `dose ${q.dose}`) : null,
    q.scope ? h('li', null, 'where: ', vi(q.scope)) : null,
    q.population ? h('li', null, 'who: ', vi(q.population)) : null,
    q.condition ? h('li', null, 'when: ', vi(q.condition)) : null,
  ].filter(Boolean);
  return items.length ? h('ul', { class: 'qualifiers' }, items) : null;
}

function passageSide(province: string, number: string | null, citation: PageCitationFragment, open: OpenQuote): HTMLElement {
  return h(
    'blockquote',
    { class: 'side' },
    h('p', { class: 'from' }, vi(province), `, ${number ?? 'unnumbered directive'}`),
    h(
      'button',
      { type: 'button', class: 'quote-link passage-text', title: 'Show this passage in the original text', onclick: () => open(citation) },
      h('mark', { class: 'reused', lang: 'vi' }, citation.quote),
    ),
  );
}
