import { h, vi } from './dom';
import type { PageComparisonQuery, PageSloganUseFragment } from './generated/graphql';
import { t } from './i18n/language';
import type { ViewKit } from './view-kit';

// Slogans used by every compared province, by some, and by one only, each with its mentions as quotes.

type Slogans = PageComparisonQuery['compare']['slogans'];

export function renderSlogans(slogans: Slogans, kit: ViewKit): HTMLElement {
  return h(
    'section',
    { class: 'slogans' },
    h('h2', null, t.slogans),
    h('h3', null, kit.provinceCount === 2 ? t.usedByBoth : t.usedByAll),
    slogans.shared.length ? h('ul', null, slogans.shared.map((u) => slogan(u, kit))) : h('p', { class: 'none' }, t.noneShared),
    slogans.partlyShared.length ? [h('h3', null, t.usedBySome), h('ul', null, slogans.partlyShared.map((u) => slogan(u, kit, true)))] : null,
    h('h3', null, t.usedByOne),
    kit.columns(
      slogans.unique.map((u) =>
        h(
          'article',
          { class: 'cell', 'data-province': u.province.code },
          h('h4', { lang: 'vi' }, kit.name(u.province.code)),
          u.slogans.length ? h('ul', null, u.slogans.map((s) => slogan(s, kit))) : h('p', { class: 'none' }, t.noneOwn),
        ),
      ),
    ),
  );
}

function slogan(use: PageSloganUseFragment, kit: ViewKit, showProvinces = false): HTMLElement {
  // Only a researcher's gloss is shown: an unreviewed slogan (found by its shape) shows none, not a placeholder.
  const gloss = t.glosses && use.slogan.reviewed && use.slogan.gloss ? use.slogan.gloss : null;
  return h(
    'li',
    { class: 'slogan' },
    vi(use.slogan.canonical, 'strong'),
    gloss ? h('span', { class: 'gloss' }, ` ${gloss}`) : null,
    showProvinces ? h('span', { class: 'gloss' }, ` (${[...new Set(use.mentions.map((m) => kit.name(m.directive.province?.code)))].join(', ')})`) : null,
    h('span', { class: 'mentions' }, mentionButtons(use, kit)),
  );
}

function mentionButtons(use: PageSloganUseFragment, kit: ViewKit): HTMLElement[] {
  const seen = new Map<string, number>();
  return use.mentions.map((m) => {
    const number = m.directive.number ?? t.unnumbered;
    const nth = (seen.get(number) ?? 0) + 1;
    seen.set(number, nth);
    return kit.quoteButton(m.citation, `${kit.name(m.directive.province?.code)}, ${number}${nth > 1 ? ` (${nth})` : ''}`);
  });
}
