import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { Id } from '../domain/ids';
import { ActionContent, IsoDate, RiskContent } from '../domain/plan-content';
import { isPeriodStart, PeriodKind } from '../results/periods';
import { Compilation } from '../reports/compilation';
import { ReportKind, ReportStatus } from '../reports/kinds';
import { CategoryName, PlanReportLinks, ReportCategory, ReportDetail, ReportFields, ReportFilter, ReportPatch, ReportSummary } from '../reports/report';
import { PeriodAnalysis, PeriodAnalysisText } from '../reports/analysis';
import { KindSettings, ReportSettings } from '../reports/settings';
import { RegisterMeasure } from '../reports/measure';
import { channel } from './channel';

/** Today as the user's calendar has it; left out, the main process's date is used. */
const Today = IsoDate.optional();

const withReport = <T extends z.ZodRawShape>(shape: T) => z.object({ id: Id, ...shape, today: Today }).strict();

/**
 * The unit's register of reports (avvikelser, klagomål, synpunkter, lex Sarah, IVO:s
 * tillsynsärenden) within the year's plan. Every write is committed before it answers
 * and answers with the report as it now is.
 */
export const reportsContract = {
  list: channel('reports:list', z.object({ planId: Id, filter: ReportFilter.strict().default({}), today: Today }).strict(), z.array(ReportSummary)),
  get: channel('reports:get', withReport({}), ReportDetail),
  create: channel('reports:create', ReportFields.extend({ planId: Id, today: Today }).strict(), ReportDetail),
  update: channel('reports:update', withReport({ patch: ReportPatch.strict() }), ReportDetail),
  /** Moves the handling on (or one step back); refused with what is missing when the step's requirements are not met. */
  setStatus: channel('reports:setStatus', withReport({ status: ReportStatus }), ReportDetail),
  remove: channel('reports:remove', z.object({ id: Id, confirm: z.boolean().default(false) }).strict(), z.object({ id: Id, planId: Id })),
  /** A decided action becomes an Åtgärd of the plan, under the given risk or the report's first linked one. */
  addAction: channel(
    'reports:addAction',
    withReport({
      riskId: Id.optional(),
      text: ActionContent.shape.text,
      owner: ActionContent.shape.owner.default(''),
      dueDate: ActionContent.shape.dueDate.default(null),
      /** An action may already be carried out when it is recorded, as IVO's decided ones often are by the time the register is brought up to date. */
      status: ActionContent.shape.status.default('not_started'),
    }),
    ReportDetail,
  ),
  linkAction: channel('reports:linkAction', withReport({ actionId: Id, linked: z.boolean().default(true) }), ReportDetail),
  /** "This reveals a risk": a new risk in the plan's process (the report's own unless another is given), linked both ways. */
  addRisk: channel(
    'reports:addRisk',
    withReport({ processId: Id.optional(), text: RiskContent.shape.text, qualityAreaIds: z.array(Id).max(20).default([]) }),
    ReportDetail,
  ),
  linkRisk: channel('reports:linkRisk', withReport({ riskId: Id, linked: z.boolean().default(true) }), ReportDetail),
  /** The way back from the plan: which reports each action and risk came from. */
  planLinks: channel('reports:planLinks', z.object({ planId: Id }).strict(), PlanReportLinks),
  /** The sammanställning per period, each beside the period before and the same period a year earlier. */
  summary: channel('reports:summary', z.object({ planId: Id, periodKind: PeriodKind.default('tertial'), today: Today }).strict(), Compilation),
  analyses: channel('reports:analyses', z.object({ planId: Id }).strict(), z.array(PeriodAnalysis)),
  /** The analysdag's conclusion for a period; an empty text removes it. */
  setAnalysis: channel(
    'reports:setAnalysis',
    z
      .object({ planId: Id, periodKind: PeriodKind, periodStart: IsoDate, text: PeriodAnalysisText })
      .strict()
      .refine(({ periodKind, periodStart }) => isPeriodStart(periodStart, periodKind), {
        message: keyed('reports.analysisPeriodStart'),
        path: ['periodStart'],
      }),
    z.array(PeriodAnalysis),
  ),
  categories: channel('reports:categories', z.object({ unitId: Id }).strict(), z.array(ReportCategory)),
  createCategory: channel('reports:createCategory', z.object({ unitId: Id, kind: ReportKind, name: CategoryName }).strict(), z.array(ReportCategory)),
  renameCategory: channel('reports:renameCategory', z.object({ id: Id, name: CategoryName }).strict(), z.array(ReportCategory)),
  /** An archived category keeps its reports but is no longer offered for new ones. */
  archiveCategory: channel('reports:archiveCategory', z.object({ id: Id, archived: z.boolean().default(true) }).strict(), z.array(ReportCategory)),
  settings: channel('reports:settings', z.object({ unitId: Id }).strict(), ReportSettings),
  updateSettings: channel('reports:updateSettings', KindSettings.extend({ unitId: Id }).strict(), ReportSettings),
  /** How a control is measured from the register; null for a control measured otherwise. */
  measure: channel('reports:measure', z.object({ controlId: Id }).strict(), RegisterMeasure.nullable()),
  /** Makes a control measured from the register (its figures in Resultat and Översikt then come from the reports); null undoes it. */
  setMeasure: channel('reports:setMeasure', z.object({ controlId: Id, measure: RegisterMeasure.nullable() }).strict(), RegisterMeasure.nullable()),
};
