import { h, vi } from './dom';
import { formatDate, formatNumber, formatShare } from './format';
import type { PageCitationFragment, PageComparisonQuery } from './generated/graphql';
import { t } from './i18n/language';
import type { ViewKit } from './view-kit';

// Passages found in directives of two compared provinces. The sentence says where the passage is and
// which directive is dated later, never that one copied the other: both may have copied a national text.

type Comparison = PageComparisonQuery['compare'];
type SharedPassage = Comparison['sharedPassages'][number];

export function renderPassages(c: Comparison, kit: ViewKit): HTMLElement {
  return h(
    'section',
    { class: 'reuse' },
    h('h2', null, t.passages),
    c.sharedPassageCount > c.sharedPassages.length ? h('p', { class: 'more' }, t.mostSimilar(formatNumber(c.sharedPassages.length), formatNumber(c.sharedPassageCount))) : null,
    c.sharedPassages.length ? c.sharedPassages.map((p) => passage(p, kit)) : h('p', { class: 'none' }, t.noPassages),
  );
}

function passage(p: SharedPassage, kit: ViewKit): HTMLElement {
  const describe = (d: SharedPassage['directive']) => t.directiveIn(d.number ?? t.unnumbered, kit.name(d.province?.code), formatDate(d.datedOn));
  const [one, other] = [describe(p.directive), describe(p.other)];
  const summary =
    p.direction === 'OTHER_REPEATS_THIS' ? t.passageInBoth(one, other) : p.direction === 'THIS_REPEATS_OTHER' ? t.passageInBoth(other, one) : t.passageUnordered(one, other);
  return h(
    'article',
    { class: 'passage' },
    h('p', { class: 'summary' }, summary, h('span', { class: 'similarity' }, t.alike(formatShare(p.similarity), formatNumber(p.words)))),
    h('div', { class: 'cols', style: '--cols: 2' }, [
      side(kit.name(p.directive.province?.code), p.directive.number, p.citation, kit),
      side(kit.name(p.other.province?.code), p.other.number, p.otherCitation, kit),
    ]),
  );
}

function side(province: string, number: string | null | undefined, citation: PageCitationFragment, kit: ViewKit): HTMLElement {
  return h(
    'blockquote',
    { class: 'side' },
    h('p', { class: 'from' }, vi(province), `, ${number ?? t.unnumbered}`),
    h('button', { type: 'button', class: 'quote-link passage-text', title: t.showPassage, onclick: () => kit.open(citation) }, h('mark', { class: 'reused', lang: 'vi' }, citation.quote)),
  );
}
