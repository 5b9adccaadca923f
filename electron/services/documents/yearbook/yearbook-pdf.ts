import type { YearComparison } from '../../../../shared/comparison';
import { addFooters, createPdf, ensureSpace } from '../pdf/document';
import { swedishLongDate } from '../pdf/swedish-date';
import { paragraph, sectionHeading, subHeading } from '../pdf/text';
import { drawTitlePage } from '../pdf/title-page';
import { drawControls } from './controls-section';
import { drawLevels } from './levels-section';
import { drawReports } from './reports-section';
import { drawUnits } from './units-section';

export interface YearbookOptions {
  /** ISO timestamp printed as the document's date. */
  createdAt: string;
  appVersion: string;
  /** Who the kvalitetsbokslut is from ("Socialkontoret"); printed under the title. */
  organisation?: string;
  /** Each unit's improvement areas by its plan's id, when the caller has them. */
  improvementAreas?: Readonly<Record<string, readonly string[]>>;
}

function drawImprovementAreas(doc: Parameters<typeof paragraph>[0], comparison: YearComparison, areas: Readonly<Record<string, readonly string[]>>): void {
  ensureSpace(doc, 200);
  sectionHeading(doc, 'Förbättringsområden');
  for (const unit of comparison.units) {
    subHeading(doc, unit.name, { keepWith: 30 });
    const own = areas[unit.planId] ?? [];
    if (own.length === 0) paragraph(doc, 'Planen har inga förbättringsområden.');
    own.forEach((text, index) => paragraph(doc, `${index + 1}. ${text}`));
  }
}

/**
 * The socialkontor's kvalitetsbokslut for a year, for the board: a title page, the units with
 * their controls by colour, every control side by side across the units, risks per level and
 * actions per status per unit, the registers of reports per unit, and the units' improvement
 * areas when given.
 */
export async function buildYearbookPdf(comparison: YearComparison, options: YearbookOptions): Promise<Uint8Array> {
  const { year } = comparison;
  const organisation = options.organisation?.trim() || 'Socialkontorets enheter';
  const writer = createPdf({ title: `Kvalitetsbokslut ${year}`, subject: organisation, createdAt: options.createdAt });
  const { doc } = writer;
  const imported = comparison.units.filter((unit) => unit.origin === 'imported').length;
  drawTitlePage(doc, {
    kind: 'Kvalitetsbokslut',
    title: `Kvalitetsbokslut ${year}`,
    subtitle: comparison.qualityArea ? `${organisation} · Kvalitetsområde: ${comparison.qualityArea}` : organisation,
    facts: [
      ['År', String(year)],
      ['Enheter', comparison.units.map((unit) => unit.name).join(', ')],
      ['Underlag', `${comparison.units.length - imported} från den här databasen, ${imported} från importerade årsexporter`],
      ['Saknar plan för året', comparison.unitsWithoutPlan.join(', ')],
      ['Kvalitetsområde', comparison.qualityArea ?? 'Alla'],
      ['Skapad', swedishLongDate(options.createdAt)],
    ],
    footnote: `Skapad med Kvalitetshjulet ${options.appVersion} den ${swedishLongDate(options.createdAt)}.`,
  });
  drawUnits(doc, comparison);
  doc.addPage();
  drawControls(doc, comparison);
  ensureSpace(doc, 200);
  drawLevels(doc, comparison);
  ensureSpace(doc, 200);
  drawReports(doc, comparison);
  if (options.improvementAreas) drawImprovementAreas(doc, comparison, options.improvementAreas);
  addFooters(doc, `Kvalitetshjulet · Kvalitetsbokslut · ${year}`);
  return writer.finish();
}
