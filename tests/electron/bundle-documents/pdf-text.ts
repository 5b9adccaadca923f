import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  /** Each page's text, its pieces joined by spaces. */
  pageTexts: string[];
}

// pdf.js reads the metrics of the standard fonts (Helvetica) from files of its own.
const standardFontDataUrl = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

/** A PDF's text as a reader extracts it, page by page. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const task = getDocument({ data: bytes.slice(), standardFontDataUrl });
  try {
    const pdf = await task.promise;
    const pageTexts: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
    }
    return { pages: pdf.numPages, pageTexts };
  } finally {
    await task.destroy();
  }
}
