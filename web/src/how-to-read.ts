import { h } from './dom';
import { t } from './i18n/language';

// The note a journalist reads once: where the figures come from, what a shared passage does and does not
// mean, and how to cite, with the link that reopens this very view (provinces, topic, dates, language).

export function howToRead(address: string): HTMLElement {
  return h(
    'details',
    { class: 'how-to-read' },
    h('summary', null, t.howToRead),
    h('p', null, t.howFigures),
    h('p', null, t.howPassages),
    h('p', null, t.howCite, ' ', h('a', { class: 'view-link', href: address }, t.linkToView)),
  );
}
