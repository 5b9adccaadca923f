import { contentWidth, type Pdf } from './document';
import { COLOR, FONT, SIZE } from './style';
import { winAnsi } from './win-ansi';

export interface TitlePage {
  /** A word above the title naming the kind of document: "Kvalitetsrapport". */
  kind: string;
  title: string;
  subtitle: string;
  /** Label and value pairs under the band; an empty value is printed as a dash. */
  facts: ReadonlyArray<readonly [string, string]>;
  /** A line at the foot of the page: when and from what the document was made. */
  footnote: string;
}

const BAND = 250;

/** A title page: a blue band with the title, the facts in a list below, a footnote; then a fresh page. */
export function drawTitlePage(doc: Pdf, page: TitlePage): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.rect(0, 0, doc.page.width, BAND).fill(COLOR.accent);
  doc.font(FONT.bold).fontSize(10).fillColor('#c9d8e8');
  doc.text(winAnsi(page.kind.toLocaleUpperCase('sv')), left, 92, { width });
  doc.font(FONT.bold).fontSize(SIZE.title).fillColor(COLOR.white);
  doc.text(winAnsi(page.title), left, doc.y + 8, { width, lineGap: 2, height: 110, ellipsis: true });
  doc.font(FONT.regular).fontSize(14).fillColor('#e3ebf3');
  doc.text(winAnsi(page.subtitle), left, doc.y + 6, { width, height: 40, ellipsis: true });

  let y = BAND + 40;
  const labelWidth = 150;
  for (const [label, value] of page.facts) {
    doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.muted).text(winAnsi(label), left, y + 1.5, { width: labelWidth });
    doc.font(FONT.bold).fontSize(11).fillColor(COLOR.ink);
    const text = winAnsi(value || '–');
    const height = doc.heightOfString(text, { width: width - labelWidth });
    doc.text(text, left + labelWidth, y, { width: width - labelWidth });
    y += Math.max(height, 14) + 9;
    doc.moveTo(left, y - 5).lineTo(left + width, y - 5).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
  }

  const footY = doc.page.height - doc.page.margins.bottom - 10;
  doc.rect(left, footY - 10, 40, 3).fill(COLOR.accent);
  doc.font(FONT.regular).fontSize(SIZE.small + 0.5).fillColor(COLOR.muted);
  doc.text(winAnsi(page.footnote), left, footY, { width, height: 20, lineBreak: false });
  doc.fillColor(COLOR.ink);
  doc.addPage();
}
