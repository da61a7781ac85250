// Reference taxonomies bundled at build time from the same lexicons the API extracts with: the API has no
// query listing every measure category (compare() only returns the ones asked for or found).
import categories from '../../seeds/lexicons/categories.json';
import units from '../../seeds/lexicons/units.json';

export const topics: { code: string; label: string }[] = categories.categories.map(({ code, label }) => ({ code, label }));

const unitLabels = new Map(units.units.map((u) => [u.code, u.label]));
export const unitLabel = (code: string): string => unitLabels.get(code) ?? code.toLowerCase().replaceAll('_', ' ');
