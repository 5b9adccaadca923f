import { swedishLabels } from '../../../shared/domain/plan-enums';
import type { PlanDocumentsInput } from './documents-input';
import { addFooters, createPdf, ensureSpace } from './pdf/document';
import { swedishLongDate } from './pdf/swedish-date';
import { paragraph, sectionHeading } from './pdf/text';
import { drawTitlePage } from './pdf/title-page';
import { resultsByControl } from './plan-walk';
import type { ProcessContext } from './report/process-context';
import { drawProcess } from './report/process-section';
import { drawRegister } from './report/register-section';
import { drawSummary } from './report/summary-section';

/** Room a process needs left on a page to start there: its heading, its first table's heading row and a row or two. */
const PROCESS_START = 220;

function statusText({ plan }: PlanDocumentsInput): string {
  const status = swedishLabels.planStatus[plan.status];
  return plan.status === 'adopted' && plan.meta.adoptedOn ? `${status} ${swedishLongDate(plan.meta.adoptedOn)}` : status;
}

/**
 * kvalitetsrapport.pdf: the unit's year for the board. A title page, a summary with the risk
 * heat maps, then each process with its risks, controls against target and actions, the
 * register of reports compiled, and last the improvement areas.
 */
export async function kvalitetsrapportPdf(input: PlanDocumentsInput): Promise<Uint8Array> {
  const { plan } = input;
  const writer = createPdf({ title: `Kvalitetsrapport ${input.year} – ${input.unitName}`, subject: plan.title, createdAt: input.exportedAt });
  const { doc } = writer;
  drawTitlePage(doc, {
    kind: 'Kvalitetsrapport',
    title: plan.title,
    subtitle: `${input.unitName} · ${input.year}`,
    facts: [
      ['Enhet', input.unitName],
      ['År', String(input.year)],
      ['Plan', plan.title],
      ['Status', statusText(input)],
      ['Diarienummer', plan.meta.diarienummer],
      ['Beslutsinstans', plan.meta.decisionBody],
      ['Ansvarig processägare', plan.meta.processOwner],
      ['Exporterad', swedishLongDate(input.exportedAt)],
    ],
    footnote: `Skapad med Kvalitetshjulet ${input.appVersion} den ${swedishLongDate(input.exportedAt)}.`,
  });

  drawSummary(doc, input);
  const periods = resultsByControl(input.results);
  const years = resultsByControl(input.yearResults);
  const context: ProcessContext = {
    plan,
    year: input.year,
    exportedAt: input.exportedAt,
    results: new Map(
      [...years].flatMap(([id, year]) => {
        const own = periods.get(id);
        return own ? [[id, { periods: own, year }] as const] : [];
      }),
    ),
  };
  doc.addPage();
  plan.processes.forEach((process, index) => {
    // Processes follow one another; a heading that would start low on a page starts the next one.
    if (index > 0) ensureSpace(doc, PROCESS_START);
    drawProcess(doc, context, process, index);
    doc.y += 14;
  });

  doc.addPage();
  drawRegister(doc, input.register, input.exportedAt);

  ensureSpace(doc, PROCESS_START);
  sectionHeading(doc, 'Förbättringsområden');
  if (plan.improvementAreas.length === 0) paragraph(doc, 'Planen har inga förbättringsområden.');
  plan.improvementAreas.forEach((area, index) => paragraph(doc, `${index + 1}. ${area.text}`));

  addFooters(doc, `Kvalitetshjulet · ${input.unitName} · ${input.year}`);
  return writer.finish();
}
