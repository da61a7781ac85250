import { request } from './client';
import { h } from './dom';
import { findQuote, type Span } from './find-quote';
import { formatDate, formatNumber, formatShare } from './format';
import { PageRenditionDocument, type PageCitationFragment, type PageRenditionQuery } from './generated/graphql';
import { t } from './i18n/language';

// The original text a fact was read from, in a dialog, with the quote highlighted and scrolled into view.
// A directive can have several texts (the signed scan, read by OCR, and the portal copy): the dialog lists
// them all and the reader can switch; the quote is found and highlighted in each.

type Rendition = Exclude<NonNullable<PageRenditionQuery['node']>, Record<PropertyKey, never>>;

// node(id) answers any Node type; only a Rendition has `text`.
const isRendition = (node: NonNullable<PageRenditionQuery['node']>): node is Rendition => 'text' in node;

// One request per rendition however many quotes of it are opened.
const renditions = new Map<string, Promise<Rendition>>();
function loadRendition(id: string): Promise<Rendition> {
  const cached = renditions.get(id);
  if (cached) return cached;
  const pending = request(PageRenditionDocument, { id }).then(({ node }) => {
    if (!node || !isRendition(node)) throw new Error(t.textGone);
    return node;
  });
  pending.catch(() => renditions.delete(id)); // a failed load is retried on the next click
  renditions.set(id, pending);
  return pending;
}

const dialog = document.querySelector<HTMLDialogElement>('#source')!;
const meta = dialog.querySelector<HTMLElement>('.source-meta')!;
const texts = dialog.querySelector<HTMLElement>('.source-texts')!;
const body = dialog.querySelector<HTMLElement>('.source-text')!;
dialog.querySelector('.close')!.addEventListener('click', () => dialog.close());
// A click on the backdrop (the dialog element itself, outside its content) closes it too.
dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());

let latest = 0;

/**
 * Opens the rendition of `citation` (or `renditionId`, another text of the same directive), highlighting the
 * quote and the `reused` spans, which are given by rendition.
 */
export async function showSource(citation: PageCitationFragment, reused: Map<string, Span[]>, renditionId = citation.rendition.id): Promise<void> {
  const ticket = ++latest; // a slow answer must not overwrite the text of a later click
  body.textContent = t.loadingText;
  if (!dialog.open) {
    meta.textContent = '';
    texts.textContent = '';
    dialog.showModal();
  }
  try {
    const cited = await loadRendition(citation.rendition.id);
    const rendition = renditionId === cited.id ? cited : await loadRendition(renditionId);
    if (ticket !== latest) return;
    const d = rendition.directive;
    meta.replaceChildren(
      h('strong', null, d.number ?? t.unnumbered),
      ' · ',
      h('span', { lang: 'vi' }, [d.issuer?.name, d.province?.name].filter(Boolean).join(', ') || t.issuerUnknown),
      ` · ${formatDate(d.datedOn)}`,
    );
    texts.replaceChildren(renditionChoice(d.renditions, rendition.id, citation, reused));
    // Offsets count UTF-16 code units, as JavaScript strings do, so they index the cited text directly;
    // another text of the directive (or a text changed since) is searched for the quote itself.
    const near = { start: citation.start, length: cited.text.length };
    const quote = findQuote(rendition.text, citation.quote, near);
    const { nodes, focus } = highlight(rendition.text, quote, reused.get(rendition.id) ?? []);
    body.replaceChildren(...nodes);
    if (!quote) meta.append(h('span', { class: 'warning' }, ` · ${t.quoteNotFound}`));
    focus?.scrollIntoView({ block: 'center' });
  } catch (error) {
    if (ticket === latest) body.textContent = t.loadFailed((error as Error).message);
  }
}

/** Every text of the directive, best first, as buttons; the one shown is pressed. */
function renditionChoice(all: Rendition['directive']['renditions'], shown: string, citation: PageCitationFragment, reused: Map<string, Span[]>): HTMLElement {
  const sorted = [...all].sort((a, b) => b.quality - a.quality);
  return h(
    'div',
    { class: 'texts', role: 'group', 'aria-label': t.texts(formatNumber(all.length)) },
    h('span', null, t.texts(formatNumber(all.length))),
    sorted.map((r) =>
      h(
        'button',
        { type: 'button', class: 'text-choice', 'data-format': r.format, 'aria-pressed': String(r.id === shown), onclick: () => void showSource(citation, reused, r.id) },
        `${t.formats[r.format] ?? r.format} · ${t.quality(formatShare(r.quality))}`,
      ),
    ),
  );
}

/** Cuts the text at every span boundary; pieces inside the quote become <mark>, inside a reused span get a tint. */
function highlight(text: string, quote: Span | null, reused: Span[]): { nodes: Node[]; focus: HTMLElement | null } {
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
  return { nodes, focus };
}
