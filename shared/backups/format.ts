/** "31 mars 2026 kl. 10:00" on the user's own clock: when a backup was taken, as messages outside the UI say it. */
export function swedishDateTime(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** "1,2 MB" or "96 kB": a backup's size in the given language (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, locale = 'sv-SE'): string {
  const megabytes = bytes / 1_000_000;
  if (megabytes >= 1) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(megabytes);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1000));
}
