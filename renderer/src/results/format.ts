import { isShare, type Aggregation } from '../../../shared/checklists/kinds';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

interface UnitSource {
  targetUnit: string;
  aggregation: Aggregation | null;
}

/** The unit a control's figures are given in: its target's unit, or % for a share (as the CLI writes it). */
export function unitOf(control: UnitSource): string {
  const unit = control.targetUnit.trim();
  if (unit) return unit;
  return control.aggregation && isShare(control.aggregation) ? '%' : '';
}

/** A no-break space: "87,5 %" never splits over two lines. */
const NBSP = '\u00a0';

function withUnit(number: string, unit: string, language: string): string {
  if (!unit) return number;
  return unit === '%' && language === 'en' ? `${number}%` : `${number}${NBSP}${unit}`;
}

/**
 * A result as people in a municipality write it: a percentage always with one
 * decimal ("75,0 %", "87,5 %"), any other figure with at most one ("6,5 dagar", "16 dagar").
 */
export function formatFigure(value: number, unit: string, language: string): string {
  const digits = unit === '%' ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumFractionDigits: 1 };
  return withUnit(new Intl.NumberFormat(locale(language), digits).format(value), unit, language);
}

/** A target or a tolerance as it was set: no decimals added ("90 %", "14 dagar", "87,5 %"). */
export function formatSetValue(value: number, unit: string, language: string): string {
  return withUnit(new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(value), unit, language);
}

/** A plain count: "12", "1 234". */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}
