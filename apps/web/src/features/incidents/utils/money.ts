/**
 * Fines as people read them: euro cents (how the server keeps money, so sums never pick up
 * floating-point pennies) shown as "135,00 €" in French and "€135.00" in English.
 */

/** English readers here are mostly British; French is France's. */
const regional: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' };

const formatters = new Map<string, Intl.NumberFormat>();

function euroFormatter(locale: string): Intl.NumberFormat {
  let found = formatters.get(locale);
  if (!found) {
    found = new Intl.NumberFormat(regional[locale] ?? locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(locale, found);
  }
  return found;
}

/**
 * 13500 → "135,00 €" (fr) or "€135.00" (en). The spaces Intl puts in French are no-break ones,
 * so a narrow card never leaves "€" alone on the next line.
 */
export function formatEuros(cents: number, locale: string): string {
  if (!Number.isInteger(cents)) {
    throw new RangeError(`A fine is kept in whole euro cents; got ${cents}.`);
  }
  return euroFormatter(locale).format(cents / 100);
}
