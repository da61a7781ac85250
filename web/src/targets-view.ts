import { metricChart } from './chart';
import { h, vi, type Child } from './dom';
import { describeDeadline, formatNumber, formatPerHead } from './format';
import type { PageComparisonQuery } from './generated/graphql';
import { t } from './i18n/language';
import { directiveLine, type ViewKit } from './view-kit';

// Targets side by side: a row per metric, a cell per province with its newest figures as set and per
// 1,000 people, their quotes and directives; a chart of the newest figure of each province under it.

type TargetRow = PageComparisonQuery['compare']['targets'][number];
type Target = TargetRow['cells'][number]['targets'][number];

export function renderTargets(rows: TargetRow[], kit: ViewKit): HTMLElement {
  return h(
    'section',
    { class: 'targets' },
    h('h2', null, t.targets),
    rows.length ? rows.map((row) => targetRow(row, kit)) : h('p', { class: 'none' }, t.noTargets),
  );
}

function targetRow(row: TargetRow, kit: ViewKit): HTMLElement {
  return h(
    'section',
    { class: 'metric', 'data-metric': row.metric },
    h('h3', null, t.metrics[row.metric] ?? row.label),
    kit.columns(row.cells.map((cell) => kit.provinceCell(cell, t.noSuchTarget, cell.targets.length, () => cell.targets.map((target) => targetView(target, row.unit, kit))))),
    metricChart(
      row.metric,
      row.unit,
      row.cells.map((cell) => ({ province: kit.name(cell.province.code), value: cell.targets[0]?.value ?? null, perThousand: cell.targets[0]?.perThousandPeople ?? null })),
    ),
  );
}

function targetView(target: Target, unit: string, kit: ViewKit): HTMLElement {
  return h(
    'div',
    { class: 'target' },
    h('p', { class: 'value' }, h('strong', { class: 'number' }, formatNumber(target.value)), ' ', t.units[unit] ?? unit),
    target.perThousandPeople !== null && target.perThousandPeople !== undefined
      ? h('p', { class: 'per-head' }, t.perThousand(formatPerHead(target.perThousandPeople), formatNumber(1000)))
      : null,
    qualifiers(target),
    target.deadline ? h('p', { class: 'deadline' }, t.deadline, describeDeadline(target.deadline)) : null,
    kit.quoteButton(target.citation),
    h('p', { class: 'from' }, directiveLine(target.directive)),
  );
}

function qualifiers(target: Target): HTMLElement | null {
  const q = target.qualifiers;
  const items: Child[] = [
    q.poolSize ? h('li', null, t.pooled(formatNumber(q.poolSize))) : null,
    q.dose ? h('li', null, t.dose(formatNumber(q.dose))) : null,
    q.scope ? h('li', null, t.where, vi(q.scope)) : null,
    q.population ? h('li', null, t.who, vi(q.population)) : null,
    q.condition ? h('li', null, t.when, vi(q.condition)) : null,
  ].filter(Boolean);
  return items.length ? h('ul', { class: 'qualifiers' }, items) : null;
}
