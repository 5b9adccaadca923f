import PDFDocument from 'pdfkit';
import { COLOR, FONT, MARGINS, SIZE } from './style';
import { winAnsi } from './win-ansi';

export type Pdf = PDFKit.PDFDocument;

export interface PdfInfo {
  title: string;
  subject: string;
  /** ISO timestamp stamped as the file's creation date, so the same export gives the same bytes. */
  createdAt: string;
}

export interface PdfWriter {
  doc: Pdf;
  /** Ends the document and gives its bytes. */
  finish(): Promise<Uint8Array>;
}

/** An A4 document in Swedish whose pages stay open until the end, so footers can say "Sida 2 av 9". */
export function createPdf(info: PdfInfo): PdfWriter {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...MARGINS },
    bufferPages: true,
    lang: 'sv-SE',
    displayTitle: true,
    info: {
      Title: winAnsi(info.title),
      Subject: winAnsi(info.subject),
      Author: 'Kvalitetshjulet',
      Creator: 'Kvalitetshjulet',
      CreationDate: new Date(info.createdAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
  return {
    doc,
    finish: () => {
      doc.end();
      return ended;
    },
  };
}

/** The bottom of the writable area of the current page. */
export const pageBottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page unless `height` points still fit below the cursor. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

/**
 * A rule and "<text>   Sida n av N" at the foot of every page but the title page. Written in the
 * bottom margin with a fixed height, so pdfkit does not see an overflow and add a page.
 */
export function addFooters(doc: Pdf, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start + 1; index < start + count; index++) {
    doc.switchToPage(index);
    const left = doc.page.margins.left;
    const width = contentWidth(doc);
    const y = doc.page.height - MARGINS.bottom + 24;
    doc.moveTo(left, y - 6).lineTo(left + width, y - 6).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    doc.text(winAnsi(text), left, y, { width: width - 80, height: 12, lineBreak: false, ellipsis: true });
    doc.text(`Sida ${index - start + 1} av ${count}`, left + width - 80, y, { width: 80, height: 12, align: 'right', lineBreak: false });
  }
  doc.fillColor(COLOR.ink);
}
