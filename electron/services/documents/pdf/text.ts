import { contentWidth, ensureSpace, type Pdf } from './document';
import { COLOR, FONT, SIZE } from './style';
import { winAnsi } from './win-ansi';

interface HeadingOptions {
  /** Room the heading needs below it on the same page, so it never stands alone at a page's foot. */
  keepWith?: number;
}

/** A section heading with a rule under it; also an entry in the PDF reader's bookmarks. */
export function sectionHeading(doc: Pdf, text: string, { keepWith = 90 }: HeadingOptions = {}): void {
  const safe = winAnsi(text);
  // Air above a heading that follows other content; none at the top of a page.
  if (doc.y > doc.page.margins.top + 1) doc.y += 8;
  doc.font(FONT.bold).fontSize(SIZE.h1);
  const height = doc.heightOfString(safe, { width: contentWidth(doc) });
  ensureSpace(doc, height + 12 + keepWith);
  const left = doc.page.margins.left;
  doc.outline.addItem(safe);
  doc.fillColor(COLOR.accent).text(safe, left, doc.y, { width: contentWidth(doc) });
  const ruleY = doc.y + 3;
  doc.moveTo(left, ruleY).lineTo(left + contentWidth(doc), ruleY).lineWidth(1.2).strokeColor(COLOR.accent).stroke();
  doc.x = left;
  doc.y = ruleY + 9;
  doc.fillColor(COLOR.ink);
}

export function subHeading(doc: Pdf, text: string, { keepWith = 60 }: HeadingOptions = {}): void {
  const safe = winAnsi(text);
  doc.font(FONT.bold).fontSize(SIZE.h2);
  ensureSpace(doc, doc.heightOfString(safe, { width: contentWidth(doc) }) + 6 + keepWith);
  doc.fillColor(COLOR.ink).text(safe, doc.page.margins.left, doc.y + 4, { width: contentWidth(doc) });
  doc.y += 4;
}

interface ParagraphOptions {
  color?: string;
  size?: number;
  bold?: boolean;
  gapAfter?: number;
}

/** Body text across the page, wrapped, breaking onto the next page when it must. */
export function paragraph(doc: Pdf, text: string, { color = COLOR.ink, size = SIZE.body, bold = false, gapAfter = 6 }: ParagraphOptions = {}): void {
  doc.font(bold ? FONT.bold : FONT.regular).fontSize(size).fillColor(color);
  doc.text(winAnsi(text), doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.y += gapAfter;
  doc.fillColor(COLOR.ink);
}
