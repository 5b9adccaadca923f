/**
 * The standard PDF fonts (Helvetica) are written in the WinAnsi encoding: Latin-1 plus a few
 * typographic signs. Swedish text fits, but a user may paste a sign outside it (≥, →, a
 * Polish ł), which pdfkit would write as garbage. Such signs become their nearest WinAnsi form.
 */

// The typographic signs WinAnsi holds in 0x80–0x9F.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const NEAREST: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '→': '->',
  '←': '<-',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '–',
  '―': '—',
  'ł': 'l',
  'Ł': 'L',
  'đ': 'd',
  'Đ': 'D',
  'ı': 'i',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\t': ' ',
};

function encodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}

function nearest(char: string): string {
  if (char in NEAREST) return NEAREST[char]!;
  const stripped = char.normalize('NFD').replace(/\p{M}/gu, '');
  return [...stripped].every(encodable) && stripped !== '' ? stripped : '?';
}

/** The text with every sign the standard fonts cannot show replaced by its nearest form. */
export function winAnsi(text: string): string {
  return [...text.replace(/\r\n?/g, '\n').normalize('NFC')].map((char) => (encodable(char) ? char : nearest(char))).join('');
}
