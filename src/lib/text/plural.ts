/** A count and its noun: "1 connector", "2 connectors" (or the plural form given). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
