import { formatDate } from '../format';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

/** A calendar day (YYYY-MM-DD) as "31 mars 2026"; read at noon so no time zone moves it a day. */
export function formatDay(day: string, language: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(`${day}T12:00:00`, language) : day;
}

export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeStyle: 'short' }).format(new Date(iso));
}

/** "87,5" in Swedish, "87.5" in English. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(value);
}

/** A target as people write it: "100 %", "14 dagar". */
export function formatTarget(value: number, unit: string, language: string): string {
  return unit.trim() ? `${formatNumber(value, language)} ${unit.trim()}` : formatNumber(value, language);
}

/** Reads "87,5", "87.5" or "100 %" typed by a person; empty is no value, anything else is undefined (not a number). */
export function parseDecimal(text: string): number | null | undefined {
  const cleaned = text.replace(/\s|%/g, '').replace(',', '.');
  if (cleaned === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** The number as it stands in a Swedish form field. */
export function decimalText(value: number | null, language: string): string {
  if (value === null) return '';
  return language === 'en' ? String(value) : String(value).replace('.', ',');
}

/** Long sentences shortened for button names and dialogs, so a screen reader does not read a whole paragraph. */
export function shortLabel(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
