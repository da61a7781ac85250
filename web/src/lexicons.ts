// Reference taxonomies bundled at build time from the same lexicons the API extracts with: the API has no
// query listing every measure category (compare() only returns the ones asked for or found). Their labels
// are English; the Vietnamese ones are in i18n/vi.ts.
import categories from '../../seeds/lexicons/categories.json';
import metrics from '../../seeds/lexicons/metrics.json';
import units from '../../seeds/lexicons/units.json';

export const topicCodes: string[] = categories.categories.map(({ code }) => code);

const labels = (entries: { code: string; label: string }[]): Record<string, string> => Object.fromEntries(entries.map((e) => [e.code, e.label]));
export const categoryLabels = labels(categories.categories);
export const metricLabels = labels(metrics.metrics);
export const unitLabels = labels(units.units);
