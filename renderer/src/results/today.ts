const pad = (n: number) => String(n).padStart(2, '0');

/** The user's own calendar day (YYYY-MM-DD), not UTC's: just after midnight it is already tomorrow here. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
