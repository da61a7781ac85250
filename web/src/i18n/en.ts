import { categoryLabels, metricLabels, unitLabels } from '../lexicons';

// Every word the page shows in English, in one place. Numbers and dates arrive already formatted
// (format.ts), so a sentence here never formats anything itself.

export const english = {
  locale: 'en-GB',
  title: 'Provincial COVID-19 directives, side by side',
  tagline: 'Provincial COVID-19 directives side by side: targets, measures, slogans and shared passages, each quoted from the original text.',
  explorer: 'GraphQL explorer',
  language: 'Language',

  provinces: 'Provinces',
  provincesHint: '(two or more; columns follow the order you pick them)',
  filterPlaceholder: 'Filter: thanh hoa, Quảng…',
  filterLabel: 'Filter provinces',
  chosen: 'Chosen provinces, in column order',
  loadingProvinces: 'Loading provinces…',
  changeProvinces: 'Change provinces',
  hideProvinces: 'Hide the list',
  remove: (name: string) => `Remove ${name}`,
  topic: 'Topic',
  allTopics: 'All topics',
  from: 'Issued from',
  to: 'to',
  compare: 'Compare',

  chooseTwo: 'Choose at least two provinces to compare.',
  badRange: (from: string, to: string) => `The start date (${from}) is after the end date (${to}): change one of them.`,
  comparing: 'Comparing…',
  comparisonFailed: (message: string) => `The comparison failed: ${message}`,
  provincesFailed: (message: string) => `Could not load the provinces: ${message}`,

  heading: (topic: string, provinces: string) => `${topic}: ${provinces}`,
  period: (from: string | null, to: string | null) =>
    from && to ? `Directives issued from ${from} to ${to}` : from ? `Directives issued from ${from}` : to ? `Directives issued up to ${to}` : 'Directives of every date held',
  population: (people: string) => `${people} people (2021)`,
  populationUnknown: 'population unknown',
  noDocuments: 'No documents of this province in this period',

  targets: 'Targets',
  noTargets: 'None of these provinces set a quantitative target on this topic in this period.',
  noSuchTarget: 'Its documents set no such target',
  older: (count: string) => `and ${count} older`,
  deadline: 'Deadline: ',
  directiveOf: (number: string, date: string) => `${number} of ${date}`,
  unnumbered: 'unnumbered directive',
  undated: 'undated',
  perThousand: (value: string, thousand: string) => `${value} per ${thousand} people`,
  pooled: (size: string) => `pooled, ${size} samples per pool`,
  dose: (dose: string) => `dose ${dose}`,
  where: 'where: ',
  who: 'who: ',
  when: 'when: ',
  by: (date: string) => `by ${date}`,
  on: (date: string) => `on ${date}`,
  between: (from: string, to: string) => `between ${from} and ${to}`,
  withinDays: (days: string, event: string) => `within ${days} days of “${event}”`,
  withinHours: (hours: string, event: string) => `within ${hours} hours of “${event}”`,
  showQuote: 'Show this quote in the original text',

  chartCaption: (metric: string) => `${metric}: the newest figure of each province, as set and per 1,000 people`,
  province: 'Province',
  asSet: 'As set',
  perThousandColumn: 'Per 1,000 people',
  notPerHead: 'not counted per head',

  measures: 'What was ordered',
  measureCount: (count: number, formatted: string) => (count === 1 ? 'one measure' : `${formatted} measures`),
  strengths: { REQUIRED: 'required', FORBIDDEN: 'forbidden', ENCOURAGED: 'encouraged' } as Record<string, string>,
  directions: { TIGHTENING: 'tightening', EASING: 'easing' } as Record<string, string>,
  noMeasures: 'No measure on this topic in its documents',
  noMeasureRows: 'None of these provinces ordered anything on this topic in this period.',

  slogans: 'Slogans',
  usedByBoth: 'Used by both',
  usedByAll: 'Used by all',
  usedBySome: 'Used by some',
  usedByOne: 'Used by one only',
  noneShared: 'No slogan is used by every one.',
  noneOwn: 'None of its own',
  glosses: true, // the reviewed glosses are English: shown in the English page only

  passages: 'Shared passages',
  mostSimilar: (shown: string, total: string) => `The ${shown} most similar of ${total}.`,
  noPassages: 'No passage on this topic appears in directives of two of these provinces in this period.',
  passageInBoth: (earlier: string, later: string) => `The same passage is in ${earlier} and in the later ${later}.`,
  passageUnordered: (one: string, other: string) => `The same passage is in ${one} and in ${other}.`,
  directiveIn: (number: string, province: string, date: string) => `${number} (${province}, ${date})`,
  alike: (percent: string, words: string) => ` · ${percent} alike over ${words} words`,
  showPassage: 'Show this passage in the original text',

  howToRead: 'How to read this',
  howFigures:
    'Every figure, measure and slogan is read from the directives’ own words; the quote under it is those words exactly, and a click opens ' +
    'the original text with the quote highlighted. Per 1,000 people divides a count by the province’s 2021 population (General Statistics Office). ' +
    'An empty cell says one of two things: we hold no document of that province in this period (a gap in our collection, not a finding), ' +
    'or its documents set no such target (a finding).',
  howPassages:
    'A shared passage is text found, nearly word for word, in directives of two provinces. It does not show that one province copied the other: ' +
    'both may have taken it from a national document or a common template. “Later” only says which directive is dated after the other.',
  howCite: 'To cite a fact, give the directive’s number and date, the quote, and this link, which reopens the same view:',
  linkToView: 'Link to this view',

  sourceTitle: 'Original text',
  closeSource: 'Close the original text',
  legendQuote: 'the quote',
  legendReused: 'passages shared between the compared provinces',
  loadingText: 'Loading the original text…',
  loadFailed: (message: string) => `Could not load the original text: ${message}`,
  textGone: 'this text is no longer in the database',
  quoteNotFound: 'the quote was not found in this text',
  issuerUnknown: 'issuer unknown',
  texts: (count: string) => `Texts of this directive (${count}):`,
  quality: (percent: string) => `text quality ${percent}`,
  formats: { OCR: 'signed scan (OCR)', PORTAL: 'portal copy', MARKDOWN: 'transcript', PLAIN: 'plain text' } as Record<string, string>,

  categories: categoryLabels,
  metrics: metricLabels,
  units: unitLabels,
};

export type Strings = typeof english;
