import { execFileSync } from 'node:child_process';

export interface PdfText {
  pages: number;
  /** Each page's text, its pieces joined by spaces. */
  pageTexts: string[];
}

/**
 * A PDF's text in the order it was drawn, page by page, by poppler's pdftotext (Debian's
 * poppler-utils, installed by .ci/run): an independent reader, not the library that wrote it.
 */
export function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: bytes, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  // pdftotext ends every page with a form feed.
  const pageTexts = text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' ').trim());
  return Promise.resolve({ pages: pageTexts.length, pageTexts });
}
