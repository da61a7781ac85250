import './style.css';
import { request } from './client';
import { h } from './dom';
import { fold } from './format';
import { PageComparisonDocument, PageProvincesDocument, type PageComparisonQuery } from './generated/graphql';
import { topics } from './lexicons';
import { showSource, type Span } from './source';
import { renderComparison } from './view';

// The comparison page: pick provinces and a topic, compare, open any fact's quote in its original text.
// The choice is kept in the address (?provinces=VN-13,VN-21&topic=TESTING) so a comparison can be shared.

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#choose');
const filter = $<HTMLInputElement>('#province-filter');
const list = $<HTMLElement>('#province-list');
const chosen = $<HTMLOListElement>('#chosen');
const topicSelect = $<HTMLSelectElement>('#topic');
const status = $<HTMLElement>('#status');
const results = $<HTMLElement>('#results');

let names = new Map<string, string>();
const selected: string[] = []; // column order is the order of choosing

topicSelect.append(h('option', { value: '' }, 'All topics'), ...topics.map((t) => h('option', { value: t.code }, t.label)));
const params = new URLSearchParams(location.search);
const topicParam = params.get('topic'); // '' is "All topics"
topicSelect.value = topicParam !== null && (topicParam === '' || topics.some((t) => t.code === topicParam)) ? topicParam : 'TESTING';

function toggle(code: string, on: boolean): void {
  const at = selected.indexOf(code);
  if (on && at < 0) selected.push(code);
  if (!on && at >= 0) selected.splice(at, 1);
  const box = list.querySelector<HTMLInputElement>(`input[value="${code}"]`);
  if (box) box.checked = on;
  chosen.replaceChildren(
    ...selected.map((c) =>
      h('li', null, h('span', { lang: 'vi' }, names.get(c) ?? c), h('button', { type: 'button', 'aria-label': `Remove ${names.get(c) ?? c}`, onclick: () => toggle(c, false) }, '×')),
    ),
  );
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
    status.textContent = 'Choose at least two provinces to compare.';
    return;
  }
  const topic = topicSelect.value;
  const topicLabel = topics.find((t) => t.code === topic)?.label ?? 'All topics';
  history.replaceState(null, '', `?provinces=${selected.join(',')}&topic=${topic}`);
  status.textContent = 'Comparing…';
  results.setAttribute('aria-busy', 'true');
  try {
    const { compare } = await request(PageComparisonDocument, { provinces: [...selected], categories: topic ? [topic] : null });
    const reused = reusedSpans(compare);
    results.replaceChildren(renderComparison(compare, topicLabel, (citation) => void showSource(citation, reused.get(citation.rendition.id) ?? [])));
    status.textContent = '';
  } catch (error) {
    status.textContent = `The comparison failed: ${(error as Error).message}`;
  } finally {
    results.removeAttribute('aria-busy');
  }
}

/** Both sides of every reused passage, by rendition: the source view tints them around the quote. */
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
    for (const code of (params.get('provinces') ?? '').split(',')) if (names.has(code)) toggle(code, true);
    if (selected.length >= 2) await compare();
  } catch (error) {
    list.textContent = '';
    status.textContent = `Could not load the provinces: ${(error as Error).message}`;
  }
}

void start();
