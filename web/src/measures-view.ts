import { h } from './dom';
import { formatNumber } from './format';
import type { PageMeasuresQuery } from './generated/graphql';
import { t } from './i18n/language';
import { directiveLine, type ViewKit } from './view-kit';

// What each province ordered, by category: every measure as its own words (the quote), how strongly
// (required, forbidden, encouraged) and which way (tightening, easing), with its directive; the newest
// first, and how many there are in all.

type MeasureRow = PageMeasuresQuery['compare']['measures'][number];
type MeasureCell = MeasureRow['cells'][number];

export function renderMeasures(rows: MeasureRow[], kit: ViewKit): HTMLElement {
  return h(
    'section',
    { class: 'measures' },
    h('h2', null, t.measures),
    rows.length ? rows.map((row) => measureRow(row, kit)) : h('p', { class: 'none' }, t.noMeasureRows),
  );
}

function measureRow(row: MeasureRow, kit: ViewKit): HTMLElement {
  return h('section', { class: 'category', 'data-category': row.category }, h('h3', null, t.categories[row.category] ?? row.category), kit.columns(row.cells.map((cell) => measureCell(cell, kit))));
}

function measureCell(cell: MeasureCell, kit: ViewKit): HTMLElement {
  return kit.provinceCell(cell, t.noMeasures, cell.measures.length, () => [
    h('p', { class: 'measure-count' }, t.measureCount(cell.count, formatNumber(cell.count))),
    h(
      'ol',
      { class: 'measure-list' },
      cell.measures.map((m) =>
        h(
          'li',
          { class: 'measure' },
          kit.quoteButton(m.citation),
          h(
            'p',
            { class: 'from' },
            h('span', { class: `strength ${m.strength.toLowerCase()}` }, t.strengths[m.strength] ?? m.strength),
            m.direction ? [' · ', h('span', { class: 'direction' }, t.directions[m.direction] ?? m.direction)] : null,
            ` · ${directiveLine(m.directive)}`,
          ),
        ),
      ),
    ),
  ]);
}
