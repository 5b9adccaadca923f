/** Swedish number form: decimal comma, at most `decimals` decimals, no trailing zeros ("87,5", "100"). */
export function formatNumber(value: number, decimals = 1): string {
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return (trimmed === '-0' ? '0' : trimmed).replace('.', ',');
}

/** A figure with its unit as Swedes write it: "87,5 %", "14 dagar". */
export function formatWithUnit(value: number, unit: string, decimals = 1): string {
  return unit ? `${formatNumber(value, decimals)} ${unit}` : formatNumber(value, decimals);
}
