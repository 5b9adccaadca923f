/** Today as ÅÅÅÅ-MM-DD in the computer's own time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A run belongs to its plan's year: today when it falls in that year, else the nearest day of it. */
export function defaultRunDate(year: number, now = new Date()): string {
  const today = todayIso(now);
  if (today.startsWith(`${year}-`)) return today;
  return now.getFullYear() < year ? `${year}-01-01` : `${year}-12-31`;
}
