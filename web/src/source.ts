import { request } from './client';
import { h } from './dom';
import { formatDate } from './format';
import { PageRenditionDocument, type PageCitationFragment, type PageRenditionQuery } from './generated/graphql';

// The original text a fact was read from, in a dialog, with the quote highlighted and scrolled into view.

type Rendition = Exclude<NonNullable<PageRenditionQuery['node']>, Record<PropertyKey, never>>;
export interface Span {
  start: number;
  end: number;
}

const formats: Record<Rendition['format'], string> = {
  OCR: 'OCR of a scan',
  PORTAL: 'government portal article',
  MARKDOWN: 'transcript',
  PLAIN: 'plain text',
};

// node(id) answers any Node type; only a Rendition has `text`.
const isRendition = (node: NonNullable<PageRenditionQuery['node']>): node is Rendition => 'text' in node;

// One request per rendition however many quotes of it are opened.
const renditions = new Map<string, Promise<Rendition>>();
function loadRendition(id: string): Promise<Rendition> {
  const cached = renditions.get(id);
  if (cached) return cached;
  const pending = request(PageRenditionDocument, { id }).then(({ node }) => {
    if (!node || !isRendition(node)) throw new Error('this text is no longer in the database');
    return node;
  });
  pending.catch(() => renditions.delete(id)); // a failed load is retried on the next click
  renditions.set(id, pending);
  return pending;
}

const dialog = document.querySelector<HTMLDialogElement>('#source')!;
const meta = dialog.querySelector<HTMLElement>('.source-meta')!;
const body = dialog.querySelector<HTMLElement>('.source-text')!;
dialog.querySelector('.close')!.addEventListener('click', () => dialog.close());
// A click on the backdrop (the dialog element itself, outside its content) closes it too.
dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());

let latest = 0;

/** Opens the rendition of `citation`, highlighting the quote and the `reused` spans of the same rendition. */
export async function showSource(citation: PageCitationFragment, reused: Span[]): Promise<void> {
  const ticket = ++latest; // a slow answer must not overwrite the text of a later click
  meta.textContent = '';
  body.textContent = 'Loading the original text…';
  if (!dialog.open) dialog.showModal();
  try {
    const rendition = await loadRendition(citation.rendition.id);
    if (ticket !== latest) return;
    const d = rendition.directive;
    meta.replaceChildren(
      h('strong', null, d.number ?? 'Unnumbered directive'),
      ' · ',
      h('span', { lang: 'vi' }, [d.issuer?.name, d.province?.name].filter(Boolean).join(', ') || 'issuer unknown'),
      ` · ${formatDate(d.datedOn)} · ${formats[rendition.format]}`,
    );
    if (rendition.origin) meta.append(h('span', { class: 'origin' }, ` · ${rendition.origin}`));
    const { nodes, focus, found } = highlight(rendition.text, citation, reused);
    body.replaceChildren(...nodes);
    if (!found) meta.append(h('span', { class: 'warning' }, ' · the quote was not found in this text'));
    focus?.scrollIntoView({ block: 'center' });
  } catch (error) {
    if (ticket === latest) body.textContent = `Could not load the original text: ${(error as Error).message}`;
  }
}

/** Cuts the text at every span boundary; pieces inside the quote become <mark>, inside a reused span get a tint. */
function highlight(text: string, citation: PageCitationFragment, reused: Span[]): { nodes: Node[]; focus: HTMLElement | null; found: boolean } {
  // Offsets count UTF-16 code units, as JavaScript strings do, so they index `text` directly. Should the
  // text have changed since, fall back to finding the quote itself.
  let quote: Span | null = { start: citation.start, end: citation.end };
  if (text.slice(quote.start, quote.end) !== citation.quote) {
    const at = text.indexOf(citation.quote);
    quote = at >= 0 ? { start: at, end: at + citation.quote.length } : null;
  }
  const spans = quote ? [quote, ...reused] : reused;
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const nodes: Node[] = [];
  let focus: HTMLElement | null = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(from, to);
    const inReused = reused.some((s) => s.start <= from && to <= s.end);
    if (quote && quote.start <= from && to <= quote.end) {
      const mark = h('mark', { class: inReused ? 'quote reused' : 'quote' }, piece);
      focus ??= mark;
      nodes.push(mark);
    } else if (inReused) {
      nodes.push(h('span', { class: 'reused' }, piece));
    } else {
      nodes.push(document.createTextNode(piece));
    }
  }
  return { nodes, focus, found: quote !== null };
}
