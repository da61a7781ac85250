import { h } from './dom';
import { formatDate, formatNumber } from './format';
import type { PageComparisonQuery, PageMeasuresQuery } from './generated/graphql';
import { howToRead } from './how-to-read';
import { t } from './i18n/language';
import { renderMeasures } from './measures-view';
import { renderPassages } from './passages-view';
import { renderSlogans } from './slogans-view';
import { renderTargets } from './targets-view';
import { viewKit, type OpenQuote } from './view-kit';

// The comparison as HTML, in reading order: who and when, targets, what was ordered, slogans, shared
// passages. One column per province (stacked on phones); every fact opens its quote in the original text.

export type { OpenQuote };

export interface ComparisonView {
  comparison: PageComparisonQuery['compare'];
  measures: PageMeasuresQuery['compare']['measures'];
  topic: string;
  from: string | null;
  to: string | null;
  /** The address that reopens this view. */
  address: string;
}

export function renderComparison(view: ComparisonView, open: OpenQuote): HTMLElement {
  const c = view.comparison;
  const kit = viewKit(c.provinces, open);
  return h(
    'div',
    { class: 'comparison' },
    h(
      'section',
      { class: 'overview' },
      h('h2', null, t.heading(view.topic, c.provinces.map((p) => p.name).join(' · '))),
      h('p', { class: 'period' }, t.period(view.from && formatDate(view.from), view.to && formatDate(view.to))),
      kit.columns(
        c.provinces.map((p) =>
          h(
            'p',
            { class: 'count', 'data-province': p.code },
            h('strong', { lang: 'vi' }, p.name),
            ' ',
            h('span', { class: 'population' }, p.population ? t.population(formatNumber(p.population)) : t.populationUnknown),
          ),
        ),
      ),
      howToRead(view.address),
    ),
    renderTargets(c.targets, kit),
    renderMeasures(view.measures, kit),
    renderSlogans(c.slogans, kit),
    renderPassages(c, kit),
  );
}
