import { h } from './dom';
import { formatNumber, formatPerHead } from './format';
import { t } from './i18n/language';

// A small chart of one metric: a bar per province for the figure as set and for the figure per 1,000
// people. It is a table (the numbers are the data; screen readers read it as a table) whose cells carry a
// CSS bar each, hidden from assistive technology: no chart library, nothing to fetch.

export interface ChartRow {
  province: string;
  value: number | null;
  perThousand: number | null;
}

export function metricChart(metric: string, unit: string, rows: ChartRow[]): HTMLElement | null {
  if (!rows.some((r) => r.value !== null)) return null;
  const perHead = rows.some((r) => r.perThousand !== null);
  const maxValue = Math.max(...rows.map((r) => r.value ?? 0));
  const maxPerHead = Math.max(...rows.map((r) => r.perThousand ?? 0));
  const bar = (value: number | null, max: number, text: string) =>
    value === null
      ? h('td', { class: 'empty' }, '–')
      : h('td', null, h('span', { class: 'bar', 'aria-hidden': 'true', style: `--share: ${max > 0 ? (value / max).toFixed(3) : 0}` }), h('span', { class: 'figure' }, text));
  return h(
    'table',
    { class: 'chart', 'data-metric': metric },
    h('caption', null, t.chartCaption(t.metrics[metric] ?? metric)),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t.province), h('th', { scope: 'col' }, `${t.asSet} (${t.units[unit] ?? unit})`), perHead ? h('th', { scope: 'col' }, t.perThousandColumn) : null)),
    h(
      'tbody',
      null,
      rows.map((r) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row', lang: 'vi' }, r.province),
          bar(r.value, maxValue, r.value === null ? '' : formatNumber(r.value)),
          perHead ? bar(r.perThousand, maxPerHead, r.perThousand === null ? '' : formatPerHead(r.perThousand)) : null,
        ),
      ),
    ),
  );
}
