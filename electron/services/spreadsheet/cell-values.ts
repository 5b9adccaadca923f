import { quoted } from './problems';
import { AREA_SEPARATOR } from '../documents/plan-workbook/template';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

/**
 * A level on one of the plan's scales: a number, or a number followed by its label as
 * people copy it from the matrix ("3 – Stor"). `size` is null when the matrix itself
 * is broken; the value is then only checked to be a whole number.
 */
export function parseScaleValue(raw: string, size: number | null): Parsed<number> {
  const text = raw.trim();
  const match = /^(\d+)(?:[.,]0+)?(?:\s*[–—-].*)?$/s.exec(text);
  const range = size === null ? '' : ` 1–${size}`;
  if (!match?.[1]) return fail(`${quoted(text)} är inte en nivå. Ange ett heltal${range}.`);
  const value = Number(match[1]);
  if (value < 1 || (size !== null && value > size)) {
    return fail(size === null ? `${value} finns inte på planens skala.` : `${value} finns inte på planens skala 1–${size}.`);
  }
  return ok(value);
}

/** An enum value by its Swedish name, whatever the case; the message lists the names that work. */
export function parseLabel<Code extends string>(raw: string, labels: Record<Code, string>, what: string): Parsed<Code> {
  const entries = Object.entries(labels) as Array<[Code, string]>;
  const found = entries.find(([, label]) => fold(label) === fold(raw));
  if (found) return ok(found[0]);
  const allowed = entries.map(([, label]) => label).join(', ');
  return fail(raw.trim() === '' ? `Ange ${what}. Välj en av: ${allowed}.` : `${quoted(raw.trim())} är inte en tillåten ${what}. Välj en av: ${allowed}.`);
}

/** Decimal comma or point, spaces as thousands separators ("1 000"); empty means no value. */
export function parseDecimal(raw: string): Parsed<number | null> {
  const text = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return ok(null);
  if (!/^[-−]?\d+(?:[.,]\d+)?$/.test(text)) {
    return fail(`${quoted(raw.trim())} är inte ett tal. Skriv ett tal, till exempel 100 eller 87,5.`);
  }
  return ok(Number(text.replace('−', '-').replace(',', '.')));
}

/**
 * The plan's quality areas named in a cell, in the plan's order and with the plan's
 * spelling, so that a re-import reads back exactly what the plan holds.
 */
export function parseAreas(raw: string, planAreas: readonly string[]): Parsed<string[]> {
  const names = raw
    .split(new RegExp(`[${AREA_SEPARATOR}\\n]`))
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !planAreas.some((area) => fold(area) === fold(name)));
  if (unknown.length > 0) {
    return fail(`${unknown.map(quoted).join(', ')} finns inte bland planens kvalitetsområden (${planAreas.join(', ')}).`);
  }
  return ok(planAreas.filter((area) => names.some((name) => fold(name) === fold(area))));
}
