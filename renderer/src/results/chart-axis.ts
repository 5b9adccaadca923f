import { formatSetValue } from '../format';

/** Numbers on a chart's value axis: "75 %" for shares, plain figures otherwise, in the UI's language. */
export function valueTick(unit: string, language: string): (value: number) => string {
  return (value) => formatSetValue(value, unit === '%' ? '%' : '', language);
}

/** A share's axis always runs 0–100 so months are comparable; other figures start at 0 and leave room above. */
export function valueDomain(unit: string): [number, number | 'auto'] {
  return unit === '%' ? [0, 100] : [0, 'auto'];
}
