/** Dates as Swedish documents write them, on the municipality's clock. */

const longDate = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });

/** "24 november 2026" for a timestamp (ISO) or a day (YYYY-MM-DD). */
export function swedishLongDate(iso: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso;
  return longDate.format(new Date(instant));
}
