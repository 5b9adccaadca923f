/**
 * A scale position as a sentence can say it: "4 – Sannolik" stays as it is, while a
 * custom label without its number ("Sannolik") gets it in front, so a cell is never
 * described without the figure the assessment is stored as.
 */
export function scaleName(position: number, label: string): string {
  const trimmed = label.trim();
  return new RegExp(`^${position}(?!\\d)`).test(trimmed) ? trimmed : `${position} – ${trimmed}`;
}
