import './style.css';
import { inLanguage, readAddress, writeAddress } from './address';
import { request } from './client';
import { h } from './dom';
import { fold, formatDate } from './format';
import { PageComparisonDocument, PageMeasuresDocument, PageProvincesDocument, type PageComparisonQuery } from './generated/graphql';
import { language, rememberLanguage, t, type Language } from './i18n/language';
import { applyStaticText } from './i18n/static-text';
import { topicCodes } from './lexicons';
import type { Span } from './find-quote';
import { showSource } from './source';
import { renderComparison } from './view';

// The comparison page: pick provinces, a topic and a window of issue dates, compare, open any fact's quote
// in its original text. The choice is kept in the address (address.ts) so a comparison can be shared.

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#choose');
const filter = $<HTMLInputElement>('#province-filter');
const list = $<HTMLElement>('#province-list');
const chosen = $<HTMLOListElement>('#chosen');
const picker = $<HTMLElement>('#picker');
const changeProvinces = $<HTMLButtonElement>('#change-provinces');
const topicSelect = $<HTMLSelectElement>('#topic');
const fromInput = $<HTMLInputElement>('#from');
const toInput = $<HTMLInputElement>('#to');
const status = $<HTMLElement>('#status');
const results = $<HTMLElement>('#results');

applyStaticText(document);

let names = new Map<string, string>();
const selected: string[] = []; // column order is the order of choosing
const asked = readAddress(location.search);

topicSelect.append(h('option', { value: '' }, t.allTopics), ...topicCodes.map((code) => h('option', { value: code }, t.categories[code] ?? code)));
topicSelect.value = asked.topic !== null && (asked.topic === '' || topicCodes.includes(asked.topic)) ? asked.topic : 'TESTING';
fromInput.value = asked.from ?? '';
toInput.value = asked.to ?? '';

// The language switch is a pair of links to this same view in each language; following one remembers it.
function updateLanguageLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang]')) {
    const lang = link.dataset.lang as Language;
    link.href = inLanguage(location.search, lang);
    if (lang === language) link.setAttribute('aria-current', 'true');
  }
}
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('[data-lang]');
  if (link) rememberLanguage(link.dataset.lang as Language);
});
updateLanguageLinks();

/** Once provinces are chosen the list folds away, leaving their chips, so the result comes first (on a phone above all). */
function showPicker(open: boolean): void {
  picker.hidden = !open;
  changeProvinces.hidden = selected.length === 0;
  changeProvinces.setAttribute('aria-expanded', String(open));
  changeProvinces.textContent = open ? t.hideProvinces : t.changeProvinces;
}
changeProvinces.addEventListener('click', () => showPicker(picker.hidden));

function toggle(code: string, on: boolean): void {
  const at = selected.indexOf(code);
  if (on && at < 0) selected.push(code);
  if (!on && at >= 0) selected.splice(at, 1);
  const box = list.querySelector<HTMLInputElement>(`input[value="${code}"]`);
  if (box) box.checked = on;
  chosen.replaceChildren(
    ...selected.map((c) =>
      h('li', null, h('span', { lang: 'vi' }, names.get(c) ?? c), h('button', { type: 'button', 'aria-label': t.remove(names.get(c) ?? c), onclick: () => toggle(c, false) }, '×')),
    ),
  );
  changeProvinces.hidden = selected.length === 0;
}

filter.addEventListener('input', () => {
  const wanted = fold(filter.value.trim());
  for (const label of list.querySelectorAll<HTMLElement>('label')) label.hidden = !fold(label.textContent ?? '').includes(wanted);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void compare();
});

async function compare(): Promise<void> {
  if (selected.length < 2) {
    status.textContent = t.chooseTwo;
    return;
  }
  const [from, to] = [fromInput.value || null, toInput.value || null];
  if (from && to && from > to) {
    status.textContent = t.badRange(formatDate(from), formatDate(to));
    return;
  }
  const topic = topicSelect.value;
  const address = writeAddress({ provinces: selected, topic, from, to, lang: language });
  history.replaceState(null, '', address);
  updateLanguageLinks();
  status.textContent = t.comparing;
  results.setAttribute('aria-busy', 'true');
  try {
    const variables = { provinces: [...selected], categories: topic ? [topic] : null, from, to };
    const [{ compare: comparison }, { compare: measures }] = await Promise.all([request(PageComparisonDocument, variables), request(PageMeasuresDocument, variables)]);
    const reused = reusedSpans(comparison);
    const view = { comparison, measures: measures.measures, topic: topic ? (t.categories[topic] ?? topic) : t.allTopics, from, to, address: location.href };
    results.replaceChildren(renderComparison(view, (citation) => void showSource(citation, reused)));
    status.textContent = '';
    showPicker(false);
  } catch (error) {
    status.textContent = t.comparisonFailed((error as Error).message);
  } finally {
    results.removeAttribute('aria-busy');
  }
}

/** Both sides of every shared passage, by rendition: the source view tints them around the quote. */
function reusedSpans(c: PageComparisonQuery['compare']): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  for (const p of c.sharedPassages) {
    for (const { rendition, start, end } of [p.citation, p.otherCitation]) spans.set(rendition.id, [...(spans.get(rendition.id) ?? []), { start, end }]);
  }
  return spans;
}

async function start(): Promise<void> {
  try {
    const { provinces } = await request(PageProvincesDocument, {});
    names = new Map(provinces.map((p) => [p.code, p.name]));
    const sorted = [...provinces].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    list.replaceChildren(
      ...sorted.map((p) =>
        h(
          'label',
          { lang: 'vi' },
          h('input', { type: 'checkbox', value: p.code, onchange: (e) => toggle(p.code, (e.target as HTMLInputElement).checked) }),
          ` ${p.name}`,
        ),
      ),
    );
    for (const code of asked.provinces) if (names.has(code)) toggle(code, true);
    if (selected.length >= 2) await compare();
  } catch (error) {
    list.textContent = '';
    status.textContent = t.provincesFailed((error as Error).message);
  }
}

void start();
